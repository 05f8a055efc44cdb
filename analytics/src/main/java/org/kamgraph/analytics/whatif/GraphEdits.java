package org.kamgraph.analytics.whatif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.opt.graph.sparse.SparseIntDirectedWeightedGraph;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.cypher.projection.Projection;

/**
 * A scenario applied to one projection's graph: a copy with a removed node's arcs dropped, an absorbed node's arcs
 * moved to the node that keeps them (self-loops dropped), the arcs between two nodes dropped or reweighted. Nodes
 * the projection does not hold are ignored here (a scenario may name nodes outside this scope). O(n + m).
 */
public final class GraphEdits {
    /** The edited graph, the vertices gone (removed or absorbed), and where each absorbed vertex went. */
    public record Edited(CompactGraph graph, Set<Integer> gone, Map<Integer, Integer> mergedInto) {
        /** Where vertex {@code v} is after the scenario: the vertex that absorbed it, or itself. */
        public int map(int v) {
            return mergedInto.getOrDefault(v, v);
        }
    }

    private GraphEdits() {
    }

    public static Edited apply(Projection p, CompactGraph g, Scenario scenario) {
        int n = g.vertexCount();
        Set<Integer> removed = new HashSet<>();
        Map<Integer, Integer> merged = new HashMap<>();
        Set<Long> cut = new HashSet<>();
        Map<Long, Double> weights = new HashMap<>();
        for (Scenario.Change c : scenario.changes()) {
            switch (c) {
                case Scenario.RemoveNode r -> vertex(p, r.node()).ifPresent(removed::add);
                case Scenario.Merge m -> {
                    OptionalInt keep = vertex(p, m.keep());
                    OptionalInt absorb = vertex(p, m.absorb());
                    if (keep.isPresent() && absorb.isPresent() && keep.getAsInt() != absorb.getAsInt()) {
                        merged.put(absorb.getAsInt(), keep.getAsInt());
                    }
                }
                case Scenario.RemoveRelationship r -> pair(p, r.from(), r.to()).ifPresent(k -> {
                    cut.add(k);
                    cut.add(swap(k));
                });
                case Scenario.Reweight r -> pair(p, r.from(), r.to()).ifPresent(k -> {
                    weights.put(k, r.weight());
                    weights.put(swap(k), r.weight());
                });
                case Scenario.ChangeListing l -> {
                    // listings change flows (blocked organizations), not the graph
                }
            }
        }
        List<Triple<Integer, Integer, Double>> arcs = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                int v = g.outTargets()[a];
                if (removed.contains(u) || removed.contains(v) || cut.contains(key(u, v))) {
                    continue;
                }
                double w = weights.getOrDefault(key(u, v), g.outWeights()[a]);
                int mu = merged.getOrDefault(u, u);
                int mv = merged.getOrDefault(v, v);
                if (mu != mv) {
                    arcs.add(Triple.of(mu, mv, w));
                }
            }
        }
        Set<Integer> gone = new HashSet<>(removed);
        gone.addAll(merged.keySet());
        CompactGraph edited = arcs.isEmpty() ? CompactGraph.of(emptyGraph(n))
                : CompactGraph.of(new SparseIntDirectedWeightedGraph(n, arcs)).positiveWeightsOnly();
        return new Edited(edited, gone, merged);
    }

    private static org.jgrapht.Graph<Integer, Integer> emptyGraph(int n) {
        var g = org.jgrapht.graph.builder.GraphTypeBuilder.<Integer, Integer>directed().weighted(true)
                .edgeSupplier(org.jgrapht.util.SupplierUtil.createIntegerSupplier()).buildGraph();
        for (int v = 0; v < n; v++) {
            g.addVertex(v);
        }
        return g;
    }

    public static OptionalInt vertex(Projection p, Scenario.Ref r) {
        return p.vertex(r.kind(), r.id());
    }

    private static java.util.Optional<Long> pair(Projection p, Scenario.Ref a, Scenario.Ref b) {
        OptionalInt u = vertex(p, a);
        OptionalInt v = vertex(p, b);
        return u.isPresent() && v.isPresent() ? java.util.Optional.of(key(u.getAsInt(), v.getAsInt())) : java.util.Optional.empty();
    }

    private static long key(int u, int v) {
        return ((long) u << 32) | (v & 0xffffffffL);
    }

    private static long swap(long k) {
        return (k << 32) | (k >>> 32);
    }
}
