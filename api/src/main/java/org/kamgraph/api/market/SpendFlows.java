package org.kamgraph.api.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.flow.FlowDecomposition;
import org.kamgraph.algorithms.flow.FlowPath;
import org.kamgraph.algorithms.flow.FlowResult;
import org.kamgraph.algorithms.flow.FlowRow;
import org.kamgraph.algorithms.flow.MaxFlowMinCut;
import org.kamgraph.algorithms.flow.MinimumCut;
import org.kamgraph.algorithms.flow.VertexRemovals;
import org.kamgraph.analytics.influence.InfluenceViews.NodeSummary;
import org.kamgraph.api.market.MarketViews.CutEdge;
import org.kamgraph.api.market.MarketViews.CutOrganization;
import org.kamgraph.api.market.MarketViews.FlowRowView;
import org.kamgraph.api.market.MarketViews.Follows;
import org.kamgraph.api.market.MarketViews.Gatekeeper;
import org.kamgraph.api.market.MarketViews.MinimumCutView;
import org.kamgraph.api.market.MarketViews.MoneyPath;
import org.kamgraph.api.market.MarketViews.MoneyTrail;
import org.kamgraph.api.market.MarketViews.SpendFlowResult;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.market.MarketProjections;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.model.NodeKind;

/**
 * Where drug spend flows: maximum flow over the money relationships (FUNDS, REIMBURSES, CONTRACTS_WITH; capacities:
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
        List<Gatekeeper> gatekeepers = gatekeepers(p, o, gatekeeperCandidates);
        long t2 = System.nanoTime();
        List<FlowRowView> rows = new ArrayList<>();
        List<FlowRow> all = o.flow() == null ? List.of() : o.flow().rows();
        for (FlowRow r : all.subList(0, Math.min(first, all.size()))) {
            rows.add(new FlowRowView(MarketGraphs.node(p, r.source()), MarketGraphs.node(p, r.target()), r.value()));
        }
        return new SpendFlowResult(Follows.MONEY, MarketGraphs.moneyKinds(), basis, o.value(), o.sources(), o.sinks(),
                p.vertexCount(), money.graph().arcCount(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                o.blocked().stream().map(v -> MarketGraphs.node(p, v)).toList(), rows, all.size(), o.cut(), gatekeepers,
                gatekeeperCandidates);
    }

    /**
     * The intermediate organizations carrying the most flow (at most {@code candidates}), ranked by the flow their
     * removal cuts; organizations blocked already stay blocked.
     */
    public List<Gatekeeper> gatekeepers(Projection p, Outcome o, int candidates) {
        if (o.flow() == null || o.value() <= 0) {
            return List.of();
        }
        List<Gatekeeper> out = new ArrayList<>();
        for (VertexRemovals.Removal r : VertexRemovals.rank(o.network(), o.flow(), o.removed(), candidates)) {
            out.add(new Gatekeeper(MarketGraphs.node(p, r.vertex()), r.throughput(), r.loss(), r.share(),
                    r.throughput() - r.loss()));
        }
        return out;
    }

    /**
     * A flow with what it needs for an answer: its value, the flow itself (null when no source is left), the cut, the
     * network it was computed on and the vertex capacities that remove organizations (0 for blocked ones; null if none).
     */
    public record Outcome(double value, FlowResult flow, MinimumCutView cut, Set<Integer> blocked, int sources, int sinks,
                          MaxFlowMinCut network, double[] removed) {
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
        for (int v : src) {
            if (snk.contains(v)) {
                throw new BadInputException("sinks", p.kind(v).label() + " '" + p.id(v) + "' is both a source and a sink");
            }
        }
        Set<Integer> blocked = new LinkedHashSet<>(graphs.blocked(p, product, area, asOf));
        blocked.addAll(alsoBlocked);
        blocked.removeAll(unblocked);
        double[] caps = organizationCapacities || !blocked.isEmpty() ? capacities(g, src, snk, organizationCapacities) : null;
        double[] removed = blocked.isEmpty() ? null : capacities(g, src, snk, false);
        for (int b : blocked) {
            caps[b] = 0;
            removed[b] = 0;
        }
        src.removeAll(blocked);
        MaxFlowMinCut network = new MaxFlowMinCut(g);
        if (src.isEmpty()) {
            return new Outcome(0, null, new MinimumCutView(0, List.of(), List.of()), blocked, 0, snk.size(), network, removed);
        }
        FlowResult flow = network.maximumFlow(src, snk, caps);
        double value = flow.value();
        MinimumCut cut = flow.minimumCut();
        List<CutEdge> edges = new ArrayList<>();
        List<CutOrganization> orgs = new ArrayList<>();
        for (int a : cut.arcs()) {
            double capacity = g.outWeights()[a];
            edges.add(new CutEdge(MarketGraphs.node(p, source(g, a)), MarketGraphs.node(p, g.outTargets()[a]), capacity,
                    share(capacity, value)));
        }
        for (int v : cut.vertices()) {
            orgs.add(new CutOrganization(MarketGraphs.node(p, v), caps[v], share(caps[v], value)));
        }
        edges.sort((x, y) -> Double.compare(y.capacity(), x.capacity()));
        orgs.sort((x, y) -> Double.compare(y.capacity(), x.capacity()));
        return new Outcome(value, flow, new MinimumCutView(cut.capacity(), edges, orgs), blocked, src.size(), snk.size(),
                network, removed);
    }

    /** A cut element's share of the flow: it is saturated, so it carries its whole capacity. */
    private static double share(double capacity, double value) {
        return value > 0 ? capacity / value : 0;
    }

    /**
     * Organization capacities: the smaller of what can flow into and out of each organization (sources and sinks
     * unlimited), so that a cut through an organization costs what passes through it; unlimited everywhere when
     * only exclusions are wanted.
     */
    private static double[] capacities(CompactGraph g, Set<Integer> src, Set<Integer> snk, boolean organizations) {
        int n = g.vertexCount();
        double[] caps = new double[n];
        for (int v = 0; v < n; v++) {
            if (!organizations || src.contains(v) || snk.contains(v)) {
                caps[v] = MaxFlowMinCut.UNLIMITED;
                continue;
            }
            double in = 0;
            double out = 0;
            for (int a = g.inStart(v); a < g.inEnd(v); a++) {
                in += g.inWeights()[a];
            }
            for (int a = g.outStart(v); a < g.outEnd(v); a++) {
                out += g.outWeights()[a];
            }
            caps[v] = Math.min(in, out);
        }
        return caps;
    }

    /** The source vertex of arc {@code a} (arcs are grouped by source). */
    private static int source(CompactGraph g, int a) {
        int lo = 0;
        int hi = g.vertexCount() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (g.outStart(mid) <= a) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
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
            for (NodeKind k : ends.kinds()) {
                if (!MarketProjections.MARKET.contains(k)) {
                    throw new BadInputException(argument + ".kinds", k.label() + " is not an organization money flows through; use "
                            + MarketProjections.MARKET.stream().map(NodeKind::label).sorted().toList());
                }
            }
            for (int v = 0; v < p.vertexCount(); v++) {
                if (ends.kinds().contains(p.kind(v))) {
                    out.add(v);
                }
            }
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
        CompactGraph g = money.graph();
        MaxFlowMinCut maxFlow = new MaxFlowMinCut(g);
        Set<Integer> upstream = new LinkedHashSet<>();
        Set<Integer> downstream = new LinkedHashSet<>();
        for (int v = 0; v < p.vertexCount(); v++) {
            if (units.contains(v)) {
                continue;
            }
            NodeKind k = p.kind(v);
            if (k == NodeKind.HEALTH_AUTHORITY || k == NodeKind.PAYER || k == NodeKind.PBM) {
                upstream.add(v);
            } else if (k == NodeKind.WHOLESALER || k == NodeKind.PHARMACY) {
                downstream.add(v);
            }
        }
        FlowResult in = upstream.isEmpty() ? null : maxFlow.maximumFlow(upstream, units);
        FlowResult out = downstream.isEmpty() ? null : maxFlow.maximumFlow(units, downstream);
        return new MoneyTrail(MarketGraphs.node(p, account), Follows.MONEY, MarketGraphs.moneyKinds(), basis,
                in == null ? 0 : in.value(), paths(p, in, first), out == null ? 0 : out.value(), paths(p, out, first));
    }

    private static List<MoneyPath> paths(Projection p, FlowResult flow, int first) {
        if (flow == null || flow.value() == 0) {
            return List.of();
        }
        List<MoneyPath> out = new ArrayList<>();
        for (FlowPath path : FlowDecomposition.largestPaths(flow, first)) {
            List<NodeSummary> nodes = new ArrayList<>();
            for (int v : path.vertices()) {
                nodes.add(MarketGraphs.node(p, v));
            }
            out.add(new MoneyPath(path.value(), nodes));
        }
        return out;
    }
}
