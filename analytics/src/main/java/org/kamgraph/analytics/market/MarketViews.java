package org.kamgraph.analytics.market;

import java.util.List;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.model.RelKind;

/** The shapes of the market-access answers, as market.graphqls names them. */
public final class MarketViews {
    private MarketViews() {
    }

    public record Listing(NodeSummary listedBy, Long tier, Boolean priorAuth, Boolean stepTherapy, Boolean excluded) {
    }

    /** What an answer follows: money relationships only, or money and network access (IN_NETWORK). */
    public enum Follows { MONEY, MONEY_AND_ACCESS }

    /**
     * One hop of a route: the relationships from one organization to the next. {@code spend}: their amounts on the
     * answer's basis added up (the product's part with a product), null when none has one; {@code amount}: their whole
     * amounts; {@code type}: the one carrying the most, {@code types}: all of them.
     */
    public record RouteHop(NodeSummary from, NodeSummary to, RelKind type, List<RelKind> types, Double spend, Double amount,
                           String currency, String source) {
    }

    /** A route; {@code spend} is the flow attributed to it (SPEND ranking), null when ranked by LENGTH. */
    public record Route(Double spend, List<RouteHop> hops, List<Listing> formulary, boolean accessible) {
    }

    public record PathwayResult(NodeSummary from, Follows follows, List<RelKind> relationships, SpendBasis basis,
                                String rankBy, Double flow, double outgoingSpend, int targets, int vertices, int edges,
                                long projectionMillis, long algorithmMillis, List<Route> routes) {
    }

    public record FlowRowView(NodeSummary source, NodeSummary target, double value) {
    }

    public record CutEdge(NodeSummary from, NodeSummary to, double capacity, double share) {
    }

    public record CutOrganization(NodeSummary node, double capacity, double share) {
    }

    public record MinimumCutView(double capacity, List<CutEdge> edges, List<CutOrganization> organizations) {
    }

    /** An organization and the flow its removal cuts: {@code cut} = value - maximum flow without it; share = cut / value. */
    public record Gatekeeper(NodeSummary node, double throughput, double cut, double share, double rerouted) {
    }

    public record SpendFlowResult(Follows follows, List<RelKind> relationships, SpendBasis basis, double value, int sources,
                                  int sinks, int vertices, int edges, long projectionMillis, long algorithmMillis,
                                  List<NodeSummary> blocked, List<FlowRowView> rows, int totalRows, MinimumCutView minimumCut,
                                  List<Gatekeeper> gatekeepers, int gatekeeperCandidates) {
    }

    public record MoneyPath(double spend, List<NodeSummary> nodes) {
    }

    public record MoneyTrail(NodeSummary account, Follows follows, List<RelKind> relationships, SpendBasis basis, double inflow,
                             List<MoneyPath> comesFrom, double outflow, List<MoneyPath> goesTo) {
    }
}
