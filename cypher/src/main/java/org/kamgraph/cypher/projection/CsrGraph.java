package org.kamgraph.cypher.projection;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jgrapht.GraphType;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.opt.graph.sparse.specifics.AbstractSparseSpecificsGraph;
import org.jgrapht.opt.graph.sparse.specifics.SparseGraphSpecifics;
import org.kamgraph.algorithms.CompactGraph;

/**
 * The projection's graph: JGraphT's sparse (CSR) graph layout, built straight from primitive edge arrays. It
 * behaves as {@code SparseIntDirectedWeightedGraph} (with lazily indexed incoming edges) or
 * {@code SparseIntUndirectedWeightedGraph} of jgrapht-opt: vertices {@code 0..n-1}, edges {@code 0..m-1} in load
 * order, incidence sets in (vertex, edge) order, an undirected self-loop counted twice in degrees and once in
 * the incidence set, weights settable, structure unmodifiable. Those constructors box every edge into a
 * {@code Pair} and sort the boxed list; here each incidence index is one counting sort over int arrays
 * (O(n + m), no object per edge). Memory: source, target and weight per edge (16 B) plus the incidence index
 * (4 B per edge and 4 B per vertex; directed: another 4 B per edge once incoming edges are asked for).
 */
final class CsrGraph extends AbstractSparseSpecificsGraph<CsrGraph.Specifics> {

    private CsrGraph(Specifics specifics) {
        super(() -> specifics);
    }

    /**
     * A graph over vertices {@code 0..n-1} with edges {@code sources[e] -> targets[e]} of weight {@code weights[e]}
     * for {@code e < m}; the arrays are kept (trimmed to {@code m} if longer), not copied otherwise.
     */
    static CsrGraph of(int n, int m, int[] sources, int[] targets, double[] weights, boolean undirected) {
        int[] s = sources.length == m ? sources : Arrays.copyOf(sources, m);
        int[] t = targets.length == m ? targets : Arrays.copyOf(targets, m);
        double[] w = weights.length == m ? weights : Arrays.copyOf(weights, m);
        for (int e = 0; e < m; e++) {
            if (s[e] < 0 || s[e] >= n || t[e] < 0 || t[e] >= n) {
                throw new IllegalArgumentException("edge " + e + " has an endpoint outside 0.." + (n - 1));
            }
        }
        return new CsrGraph(undirected ? new Undirected(n, s, t, w) : new Directed(n, s, t, w));
    }

    /** The weights array (edge-indexed, shared: do not modify). */
    double[] weights() {
        return specifics.weights;
    }

    /**
     * The algorithms' primitive view of this graph, made from the edge arrays (no boxing) in edge order, as
     * {@link CompactGraph#of(org.jgrapht.Graph)} would make it, sharing the target and weight arrays when the edges are
     * grouped by source (so weights must not be set once it is made: a projection never changes). O(n + m);
     * {@link Projection#compact()} keeps it.
     */
    CompactGraph compact() {
        return CompactGraph.of(specifics.n, specifics.source.length, specifics.source, specifics.target, specifics.weights,
                specifics instanceof Directed);
    }

    /** Incidence rows: the edges of each vertex in increasing edge order. */
    private record Incidence(int[] offsets, int[] edges) {
        /** Rows {@code rows[e]} (and {@code rows2[e]} if not null) for each edge, by one stable counting sort. */
        static Incidence of(int n, int[] rows, int[] rows2) {
            int m = rows.length;
            int[] offsets = new int[n + 1];
            for (int r : rows) {
                offsets[r + 1]++;
            }
            if (rows2 != null) {
                for (int r : rows2) {
                    offsets[r + 1]++;
                }
            }
            for (int v = 0; v < n; v++) {
                offsets[v + 1] += offsets[v];
            }
            int[] next = Arrays.copyOf(offsets, n);
            int[] edges = new int[offsets[n]];
            for (int e = 0; e < m; e++) {
                edges[next[rows[e]]++] = e;
                if (rows2 != null) {
                    edges[next[rows2[e]]++] = e;
                }
            }
            return new Incidence(offsets, edges);
        }

        int size(int v) {
            return offsets[v + 1] - offsets[v];
        }

        Set<Integer> set(int v) {
            Set<Integer> out = new LinkedHashSet<>();
            for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                out.add(edges[i]);
            }
            return out;
        }
    }

    abstract static sealed class Specifics implements SparseGraphSpecifics permits Directed, Undirected {
        final int n;
        final int[] source;
        final int[] target;
        final double[] weights;

        Specifics(int n, int[] source, int[] target, double[] weights) {
            this.n = n;
            this.source = source;
            this.target = target;
            this.weights = weights;
        }

        @Override
        public long edgesCount() {
            return source.length;
        }

        @Override
        public long verticesCount() {
            return n;
        }

        @Override
        public Integer getEdgeSource(Integer e) {
            assertEdgeExist(e);
            return source[e];
        }

        @Override
        public Integer getEdgeTarget(Integer e) {
            assertEdgeExist(e);
            return target[e];
        }

        @Override
        public double getEdgeWeight(Integer e) {
            assertEdgeExist(e);
            return weights[e];
        }

        @Override
        public void setEdgeWeight(Integer e, double weight) {
            assertEdgeExist(e);
            weights[e] = weight;
        }

        /** The edges {@code u - v} (either way when {@code undirected}) among the edges {@code inc} lists for {@code u}. */
        final Set<Integer> between(Incidence inc, int u, int v, boolean undirected, boolean first) {
            Set<Integer> out = new LinkedHashSet<>();
            for (int i = inc.offsets[u]; i < inc.offsets[u + 1]; i++) {
                int e = inc.edges[i];
                if (source[e] == u && target[e] == v || undirected && source[e] == v && target[e] == u) {
                    out.add(e);
                    if (first) {
                        break;
                    }
                }
            }
            return out;
        }

        final boolean isVertex(Integer v) {
            return v != null && v >= 0 && v < n;
        }
    }

    static final class Directed extends Specifics {
        private final Incidence out;
        private volatile Incidence in;

        Directed(int n, int[] source, int[] target, double[] weights) {
            super(n, source, target, weights);
            this.out = Incidence.of(n, source, null);
        }

        private Incidence in() {
            Incidence i = in;
            if (i == null) {
                synchronized (this) {
                    i = in;
                    if (i == null) {
                        in = i = Incidence.of(n, target, null);
                    }
                }
            }
            return i;
        }

        @Override
        public long degreeOf(Integer v) {
            assertVertexExist(v);
            return (long) out.size(v) + in().size(v);
        }

        @Override
        public Set<Integer> edgesOf(Integer v) {
            assertVertexExist(v);
            Set<Integer> all = out.set(v);
            all.addAll(in().set(v));
            return java.util.Collections.unmodifiableSet(all);
        }

        @Override
        public long inDegreeOf(Integer v) {
            assertVertexExist(v);
            return in().size(v);
        }

        @Override
        public Set<Integer> incomingEdgesOf(Integer v) {
            assertVertexExist(v);
            return in().set(v);
        }

        @Override
        public long outDegreeOf(Integer v) {
            assertVertexExist(v);
            return out.size(v);
        }

        @Override
        public Set<Integer> outgoingEdgesOf(Integer v) {
            assertVertexExist(v);
            return out.set(v);
        }

        @Override
        public GraphType getType() {
            return new DefaultGraphType.Builder().directed().weighted(true).modifiable(false).allowMultipleEdges(true)
                    .allowSelfLoops(true).build();
        }

        @Override
        public Integer getEdge(Integer u, Integer v) {
            if (!isVertex(u) || !isVertex(v)) {
                return null;
            }
            Set<Integer> found = between(out, u, v, false, true);
            return found.isEmpty() ? null : found.iterator().next();
        }

        @Override
        public Set<Integer> getAllEdges(Integer u, Integer v) {
            return isVertex(u) && isVertex(v) ? between(out, u, v, false, false) : null;
        }
    }

    static final class Undirected extends Specifics {
        private final Incidence incidence;

        Undirected(int n, int[] source, int[] target, double[] weights) {
            super(n, source, target, weights);
            this.incidence = Incidence.of(n, source, target);
        }

        @Override
        public long degreeOf(Integer v) {
            assertVertexExist(v);
            return incidence.size(v);
        }

        @Override
        public Set<Integer> edgesOf(Integer v) {
            assertVertexExist(v);
            return incidence.set(v);
        }

        @Override
        public long inDegreeOf(Integer v) {
            return degreeOf(v);
        }

        @Override
        public Set<Integer> incomingEdgesOf(Integer v) {
            return edgesOf(v);
        }

        @Override
        public long outDegreeOf(Integer v) {
            return degreeOf(v);
        }

        @Override
        public Set<Integer> outgoingEdgesOf(Integer v) {
            return edgesOf(v);
        }

        @Override
        public GraphType getType() {
            return new DefaultGraphType.Builder().undirected().weighted(true).modifiable(false).allowMultipleEdges(true)
                    .allowSelfLoops(true).build();
        }

        @Override
        public Integer getEdge(Integer u, Integer v) {
            if (!isVertex(u) || !isVertex(v)) {
                return null;
            }
            Set<Integer> found = between(incidence, u, v, true, true);
            return found.isEmpty() ? null : found.iterator().next();
        }

        @Override
        public Set<Integer> getAllEdges(Integer u, Integer v) {
            return isVertex(u) && isVertex(v) ? between(incidence, u, v, true, false) : null;
        }
    }
}
