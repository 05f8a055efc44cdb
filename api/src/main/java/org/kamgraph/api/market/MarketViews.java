package org.kamgraph.api.market;

import java.util.List;
import org.kamgraph.api.influence.InfluenceViews.NodeSummary;
import org.kamgraph.model.RelKind;

/** The shapes of the market-access answers, as market.graphqls names them. */
public final class MarketViews {
    private MarketViews() {
    }

    public record Listing(NodeSummary listedBy, Long tier, Boolean priorAuth, Boolean stepTherapy, Boolean excluded) {
    }

    public record RouteHop(NodeSummary from, NodeSummary to, RelKind type, Double spend, String currency, String source) {
    }

    public record Route(Double spend, List<RouteHop> hops, List<Listing> coverage, boolean accessible) {
    }

    public record PathwayResult(NodeSummary from, int targets, int vertices, int edges, long projectionMillis,
                                long algorithmMillis, List<Route> routes) {
    }

    public record FlowRowView(NodeSummary source, NodeSummary target, double value) {
    }

    public record CutEdge(NodeSummary from, NodeSummary to, double capacity) {
    }

    public record CutOrganization(NodeSummary node, double capacity) {
    }

    public record MinimumCutView(double capacity, List<CutEdge> edges, List<CutOrganization> organizations) {
    }

    public record SpendFlowResult(double value, int sources, int sinks, int vertices, int edges, long projectionMillis,
                                  long algorithmMillis, List<NodeSummary> blocked, List<FlowRowView> rows, int totalRows,
                                  MinimumCutView minimumCut) {
    }

    public record MoneyPath(double value, List<NodeSummary> nodes) {
    }

    public record MoneyTrail(NodeSummary account, double inflow, List<MoneyPath> comesFrom, double outflow, List<MoneyPath> goesTo) {
    }
}
