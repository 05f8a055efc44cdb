package org.kamgraph.api.market;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.market.MarketViews.Follows;
import org.kamgraph.analytics.market.MarketViews.Gatekeeper;
import org.kamgraph.analytics.market.MarketViews.MoneyTrail;
import org.kamgraph.analytics.market.MarketViews.SpendFlowResult;
import org.kamgraph.analytics.market.SpendBasis;
import org.kamgraph.analytics.market.SpendFlow;
import org.kamgraph.analytics.market.SpendFlow.Outcome;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.market.MarketProjections;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.model.NodeKind;

/**
 * Where drug spend flows (the reading and the answer; the arithmetic is {@link SpendFlow}'s): maximum flow over the money relationships (FUNDS, REIMBURSES, CONTRACTS_WITH; capacities:
 * annual amounts on a {@link SpendBasis}, the whole amount or a product's or area's parts; goods never count) from
 * sources to sinks through super nodes; its Sankey rows (flow per pair of organizations, conserved at every
 * organization between the ends); its minimum cut, each element with its share of the flow (optionally with
 * organization capacities, so that the cut can name organizations); the gatekeepers, organizations ranked by the flow
 * their removal cuts ({@link VertexRemovals}); and one account's inflow and outflow as flow paths.
 *
 * <p>Cost: one maximum flow (Dinic, O(V²E) worst case, near O(E) per phase on shallow money networks) plus one
 * maximum-flow value per gatekeeper candidate (at most {@code gatekeeperCandidates}, the largest intermediates by
 * throughput).
 */
public final class SpendFlows {
    private final MarketGraphs graphs;

    public SpendFlows(MarketGraphs graphs) {
        this.graphs = graphs;
    }

    /** One side of a flow: named nodes, kinds, and pharmacies by type and region. */
    public record Ends(List<java.util.Map.Entry<NodeKind, String>> nodes, List<NodeKind> kinds, String pharmacyType,
                       String region) {
        boolean isEmpty() {
            return (nodes == null || nodes.isEmpty()) && (kinds == null || kinds.isEmpty()) && pharmacyType == null && region == null;
        }
    }

    public SpendFlowResult flow(Ends sources, Ends sinks, String product, String area, boolean organizationCapacities,
                                int gatekeeperCandidates, int first, LocalDate asOf) {
        long t0 = System.nanoTime();
        SpendBasis basis = graphs.basis(product, area);
        MarketGraphs.MoneyGraph money = graphs.money(basis, asOf);
        Projection p = money.projection();
        long t1 = System.nanoTime();
        Outcome o = compute(p, money.graph(), sources, sinks, product, area, Set.of(), Set.of(), organizationCapacities, asOf);
        List<Gatekeeper> gatekeepers = SpendFlow.gatekeepers(p, o, gatekeeperCandidates);
        long t2 = System.nanoTime();
        return new SpendFlowResult(Follows.MONEY, MarketGraphs.moneyKinds(), basis, o.value(), o.sources(), o.sinks(),
                p.vertexCount(), money.graph().arcCount(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                o.blocked().stream().map(v -> NodeSummary.of(p, v)).toList(), SpendFlow.rows(p, o, first),
                SpendFlow.allRows(o).size(), o.cut(), gatekeepers, gatekeeperCandidates);
    }

    /** The money projection of a day (whole amounts), for what-if variants of it. */
    public Projection money(LocalDate asOf) {
        return graphs.load(MarketProjections.money(asOf));
    }

    /**
     * The money projection of a day counting only a product's parts ({@code amount.<product>}), or the whole amounts
     * without a product: its graph ({@link #compact}) carries that product's money.
     */
    public Projection money(String product, LocalDate asOf) {
        return graphs.money(graphs.basis(product, null), asOf).projection();
    }

    /** Its primitive copy. */
    public CompactGraph compact(Projection p) {
        return graphs.compact(p);
    }

    /**
     * The maximum flow on {@code g} (the projection's graph or a what-if variant of it), organizations blocked for
     * the product or area, plus {@code alsoBlocked}, minus {@code unblocked}.
     */
    public Outcome compute(Projection p, CompactGraph g, Ends sources, Ends sinks, String product, String area,
                           Set<Integer> alsoBlocked, Set<Integer> unblocked, boolean organizationCapacities, LocalDate asOf) {
        Set<Integer> src = resolve(p, sources, "sources", asOf);
        Set<Integer> snk = resolve(p, sinks, "sinks", asOf);
        SpendFlow.apart(p, src, snk);
        Set<Integer> blocked = new LinkedHashSet<>(graphs.blocked(p, product, area, asOf));
        blocked.addAll(alsoBlocked);
        blocked.removeAll(unblocked);
        return SpendFlow.maximum(p, g, src, snk, blocked, organizationCapacities);
    }

    private Set<Integer> resolve(Projection p, Ends ends, String argument, LocalDate asOf) {
        if (ends == null || ends.isEmpty()) {
            throw new BadInputException(argument, "name nodes, kinds, a pharmacy type or a region");
        }
        Set<Integer> out = new LinkedHashSet<>();
        if (ends.nodes() != null) {
            for (var e : ends.nodes()) {
                out.add(MarketGraphs.vertex(p, e.getKey(), e.getValue(), argument + ".nodes"));
            }
        }
        if (ends.kinds() != null && !ends.kinds().isEmpty()) {
            out.addAll(SpendFlow.ofKinds(p, ends.kinds(), MarketProjections.MARKET, argument + ".kinds"));
        }
        if (ends.pharmacyType() != null || ends.region() != null) {
            out.addAll(graphs.pharmacies(p, null, ends.pharmacyType(), ends.region(), asOf, argument));
        }
        if (out.isEmpty()) {
            throw new BadInputException(argument, "matches no organization");
        }
        return out;
    }

    /**
     * Where an account's spend comes from (authorities, payers, PBMs) and where it goes (wholesalers, pharmacies):
     * the account and the organizations under it taken together, as the sink of one maximum flow and the source of
     * another over money relationships on the basis of {@code product} or {@code area} (whole amounts without
     * either), with their largest paths.
     */
    public MoneyTrail trail(NodeKind kind, String id, String product, String area, int first, LocalDate asOf) {
        SpendBasis basis = graphs.basis(product, area);
        MarketGraphs.MoneyGraph money = graphs.money(basis, asOf);
        Projection p = money.projection();
        int account = MarketGraphs.vertex(p, kind, id, "account");
        Set<Integer> units = new LinkedHashSet<>(List.of(account));
        for (var u : graphs.queries.units(kind, id, asOf)) {
            p.vertex(u.getKey(), u.getValue()).ifPresent(units::add);
        }
        return SpendFlow.trail(p, money.graph(), account, units, Follows.MONEY, MarketGraphs.moneyKinds(), basis, first);
    }
}
