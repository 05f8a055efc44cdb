package org.kamgraph.analytics.market;

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
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.market.MarketViews.CutEdge;
import org.kamgraph.analytics.market.MarketViews.CutOrganization;
import org.kamgraph.analytics.market.MarketViews.FlowRowView;
import org.kamgraph.analytics.market.MarketViews.Follows;
import org.kamgraph.analytics.market.MarketViews.Gatekeeper;
import org.kamgraph.analytics.market.MarketViews.MinimumCutView;
import org.kamgraph.analytics.market.MarketViews.MoneyPath;
import org.kamgraph.analytics.market.MarketViews.MoneyTrail;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/**
 * The spend flow of a money graph: the maximum flow from sources to sinks (capacities: the graph's amounts;
 * optionally organization capacities, so that a cut can name organizations; blocked organizations carry nothing), its
 * Sankey rows, its minimum cut with each element's share of the flow, and the gatekeepers ({@link VertexRemovals}).
 * The money graph, the ends and the blocked organizations are the caller's (read from the store); this is the arithmetic.
 *
 * <p>Cost: one maximum flow (Dinic, O(V²E) worst case, near O(E) per phase on shallow money networks) plus one
 * maximum-flow value per gatekeeper candidate.
 */
public final class SpendFlow {
    private SpendFlow() {
    }

    /**
     * A flow with what it needs for an answer: its value, the flow itself (null when no source is left), the cut, the
     * network it was computed on and the vertex capacities that remove organizations (0 for blocked ones; null if none).
     */
    public record Outcome(double value, FlowResult flow, MinimumCutView cut, Set<Integer> blocked, int sources, int sinks,
                          MaxFlowMinCut network, double[] removed) {
    }

    /** BAD_REQUEST naming sinks when a vertex is both a source and a sink. */
    public static void apart(Projection p, Set<Integer> sources, Set<Integer> sinks) {
        for (int v : sources) {
            if (sinks.contains(v)) {
                throw new BadInputException("sinks", p.kind(v).label() + " '" + p.id(v) + "' is both a source and a sink");
            }
        }
    }

    /**
     * The maximum flow on {@code g} (the projection's graph or a what-if variant of it) from {@code sources} to
     * {@code sinks} (kept {@link #apart}), {@code blocked} organizations carrying nothing.
     */
    public static Outcome maximum(Projection p, CompactGraph g, Set<Integer> sources, Set<Integer> sinks, Set<Integer> blocked,
                                  boolean organizationCapacities) {
        Set<Integer> src = new LinkedHashSet<>(sources);
        double[] caps = organizationCapacities || !blocked.isEmpty() ? capacities(g, src, sinks, organizationCapacities) : null;
        double[] removed = blocked.isEmpty() ? null : capacities(g, src, sinks, false);
        for (int b : blocked) {
            caps[b] = 0;
            removed[b] = 0;
        }
        src.removeAll(blocked);
        MaxFlowMinCut network = new MaxFlowMinCut(g);
        if (src.isEmpty()) {
            return new Outcome(0, null, new MinimumCutView(0, List.of(), List.of()), blocked, 0, sinks.size(), network, removed);
        }
        FlowResult flow = network.maximumFlow(src, sinks, caps);
        double value = flow.value();
        MinimumCut cut = flow.minimumCut();
        List<CutEdge> edges = new ArrayList<>();
        List<CutOrganization> orgs = new ArrayList<>();
        for (int a : cut.arcs()) {
            double capacity = g.outWeights()[a];
            edges.add(new CutEdge(NodeSummary.of(p, source(g, a)), NodeSummary.of(p, g.outTargets()[a]), capacity, share(capacity, value)));
        }
        for (int v : cut.vertices()) {
            orgs.add(new CutOrganization(NodeSummary.of(p, v), caps[v], share(caps[v], value)));
        }
        edges.sort((x, y) -> Double.compare(y.capacity(), x.capacity()));
        orgs.sort((x, y) -> Double.compare(y.capacity(), x.capacity()));
        return new Outcome(value, flow, new MinimumCutView(cut.capacity(), edges, orgs), blocked, src.size(), sinks.size(),
                network, removed);
    }

    /** The first Sankey rows (flow per pair of organizations, largest first as the flow lists them). */
    public static List<FlowRowView> rows(Projection p, Outcome o, int first) {
        List<FlowRow> all = allRows(o);
        List<FlowRowView> rows = new ArrayList<>();
        for (FlowRow r : all.subList(0, Math.min(first, all.size()))) {
            rows.add(new FlowRowView(NodeSummary.of(p, r.source()), NodeSummary.of(p, r.target()), r.value()));
        }
        return rows;
    }

    /** Every Sankey row of the flow (none without a flow). */
    public static List<FlowRow> allRows(Outcome o) {
        return o.flow() == null ? List.of() : o.flow().rows();
    }

    /**
     * The intermediate organizations carrying the most flow (at most {@code candidates}), ranked by the flow their
     * removal cuts; organizations blocked already stay blocked.
     */
    public static List<Gatekeeper> gatekeepers(Projection p, Outcome o, int candidates) {
        if (o.flow() == null || o.value() <= 0) {
            return List.of();
        }
        List<Gatekeeper> out = new ArrayList<>();
        for (VertexRemovals.Removal r : VertexRemovals.rank(o.network(), o.flow(), o.removed(), candidates)) {
            out.add(new Gatekeeper(NodeSummary.of(p, r.vertex()), r.throughput(), r.loss(), r.share(), r.throughput() - r.loss()));
        }
        return out;
    }

    /**
     * The vertices of the given kinds; BAD_REQUEST naming {@code argument} for a kind money does not flow through
     * (not one of {@code market}).
     */
    public static Set<Integer> ofKinds(Projection p, List<NodeKind> kinds, Set<NodeKind> market, String argument) {
        for (NodeKind k : kinds) {
            if (!market.contains(k)) {
                throw new BadInputException(argument, k.label() + " is not an organization money flows through; use "
                        + market.stream().map(NodeKind::label).sorted().toList());
            }
        }
        Set<Integer> out = new LinkedHashSet<>();
        for (int v = 0; v < p.vertexCount(); v++) {
            if (kinds.contains(p.kind(v))) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * Where an account's money comes from and goes to: the account and its units together ({@code units}, the account
     * among them) as the sink of one maximum flow from every authority, payer and PBM outside them, and the source of
     * another to every wholesaler and pharmacy outside them, each with its {@code first} largest paths.
     */
    public static MoneyTrail trail(Projection p, CompactGraph g, int account, Set<Integer> units, Follows follows,
                                   List<RelKind> relationships, SpendBasis basis, int first) {
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
        return new MoneyTrail(NodeSummary.of(p, account), follows, relationships, basis, in == null ? 0 : in.value(),
                paths(p, in, first), out == null ? 0 : out.value(), paths(p, out, first));
    }

    /** The largest paths of a flow (none without a flow). */
    private static List<MoneyPath> paths(Projection p, FlowResult flow, int first) {
        if (flow == null || flow.value() == 0) {
            return List.of();
        }
        List<MoneyPath> out = new ArrayList<>();
        for (FlowPath path : FlowDecomposition.largestPaths(flow, first)) {
            List<NodeSummary> nodes = new ArrayList<>();
            for (int v : path.vertices()) {
                nodes.add(NodeSummary.of(p, v));
            }
            out.add(new MoneyPath(path.value(), nodes));
        }
        return out;
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
}
