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
import org.kamgraph.api.influence.InfluenceViews.NodeSummary;
import org.kamgraph.api.market.MarketViews.CutEdge;
import org.kamgraph.api.market.MarketViews.CutOrganization;
import org.kamgraph.api.market.MarketViews.FlowRowView;
import org.kamgraph.api.market.MarketViews.MinimumCutView;
import org.kamgraph.api.market.MarketViews.MoneyPath;
import org.kamgraph.api.market.MarketViews.MoneyTrail;
import org.kamgraph.api.market.MarketViews.SpendFlowResult;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.market.MarketProjections;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.model.NodeKind;

/**
 * Where drug spend flows: maximum flow over the money relationships (capacities: annual amounts) from sources to
 * sinks through super nodes, its Sankey rows and minimum cut (optionally with organization capacities, so that the
 * cut can name the organizations that control the spend), and one account's inflow and outflow as flow paths.
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
                                int first, LocalDate asOf) {
        long t0 = System.nanoTime();
        Projection p = graphs.load(MarketProjections.money(asOf));
        long t1 = System.nanoTime();
        Outcome o = compute(p, graphs.compact(p), sources, sinks, product, area, Set.of(), Set.of(), organizationCapacities, asOf);
        long t2 = System.nanoTime();
        List<FlowRowView> rows = new ArrayList<>();
        List<FlowRow> all = o.flow() == null ? List.of() : o.flow().rows();
        for (FlowRow r : all.subList(0, Math.min(first, all.size()))) {
            rows.add(new FlowRowView(MarketGraphs.node(p, r.source()), MarketGraphs.node(p, r.target()), r.value()));
        }
        return new SpendFlowResult(o.value(), o.sources(), o.sinks(), p.vertexCount(), p.edgeCount(),
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, o.blocked().stream().map(v -> MarketGraphs.node(p, v)).toList(),
                rows, all.size(), o.cut());
    }

    /** A flow with what it needs for an answer: its value, the flow itself (null when no source is left), the cut. */
    public record Outcome(double value, FlowResult flow, MinimumCutView cut, Set<Integer> blocked, int sources, int sinks) {
    }

    /** The money projection of a day, for what-if variants of it. */
    public Projection money(LocalDate asOf) {
        return graphs.load(MarketProjections.money(asOf));
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
        for (int b : blocked) {
            caps[b] = 0;
        }
        src.removeAll(blocked);
        if (src.isEmpty()) {
            return new Outcome(0, null, new MinimumCutView(0, List.of(), List.of()), blocked, 0, snk.size());
        }
        FlowResult flow = new MaxFlowMinCut(g).maximumFlow(src, snk, caps);
        MinimumCut cut = flow.minimumCut();
        List<CutEdge> edges = new ArrayList<>();
        List<CutOrganization> orgs = new ArrayList<>();
        for (int a : cut.arcs()) {
            edges.add(new CutEdge(MarketGraphs.node(p, source(g, a)), MarketGraphs.node(p, g.outTargets()[a]), g.outWeights()[a]));
        }
        for (int v : cut.vertices()) {
            orgs.add(new CutOrganization(MarketGraphs.node(p, v), caps[v]));
        }
        edges.sort((a, b) -> Double.compare(b.capacity(), a.capacity()));
        orgs.sort((a, b) -> Double.compare(b.capacity(), a.capacity()));
        return new Outcome(flow.value(), flow, new MinimumCutView(cut.capacity(), edges, orgs), blocked, src.size(), snk.size());
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
     * another, with their largest paths.
     */
    public MoneyTrail trail(NodeKind kind, String id, int first, LocalDate asOf) {
        Projection p = graphs.load(MarketProjections.money(asOf));
        int account = MarketGraphs.vertex(p, kind, id, "account");
        Set<Integer> units = new LinkedHashSet<>(List.of(account));
        for (var u : graphs.queries.units(kind, id, asOf)) {
            p.vertex(u.getKey(), u.getValue()).ifPresent(units::add);
        }
        CompactGraph g = graphs.compact(p);
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
        return new MoneyTrail(MarketGraphs.node(p, account), in == null ? 0 : in.value(), paths(p, in, first),
                out == null ? 0 : out.value(), paths(p, out, first));
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
