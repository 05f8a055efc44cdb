package org.kamgraph.algorithms.community;

import org.jgrapht.Graph;
import org.kamgraph.algorithms.CompactGraph;

/**
 * The modularity of a partition of an undirected weighted graph:
 * {@code Q = Σ_c [ L_c / m − γ (D_c / 2m)² ]}, where m is the total edge weight, {@code L_c} the weight of the edges
 * inside community c (a self-loop counts once) and {@code D_c} the sum of the weighted degrees of its members (a
 * self-loop counts twice in a degree). It is the fraction of the weight inside communities minus the fraction
 * expected if edges were placed at random with the same degrees; γ is the resolution (1 in Newman's definition).
 * A directed graph is read as undirected with the weights of both directions summed (see {@link UndirectedView}).
 * Equals {@code networkx.community.modularity(G, communities, weight, resolution)}; a graph without edges (or of
 * total weight 0), where NetworkX divides by zero, has modularity 0 here.
 *
 * <p>O(n + m) time, O(n) memory besides the undirected view.
 *
 * <p>References: M. E. J. Newman, "Modularity and community structure in networks", PNAS 103(23), 8577–8582 (2006);
 * M. E. J. Newman, "Analysis of weighted networks", Physical Review E 70, 056131 (2004); J. Reichardt and
 * S. Bornholdt, "Statistical mechanics of community detection", Physical Review E 74, 016110 (2006) (γ).
 */
public final class Modularity {
    private Modularity() {
    }

    /** Modularity (γ = 1) of {@code community} (a community id in {@code 0..n-1} per vertex) on {@code graph}. */
    public static double of(Graph<Integer, ?> graph, int[] community) {
        if (graph == null) {
            throw new IllegalArgumentException("graph must not be null");
        }
        return of(CompactGraph.of(graph), community);
    }

    /** Modularity (γ = 1) of {@code community} on {@code graph}. */
    public static double of(CompactGraph graph, int[] community) {
        return of(graph, community, 1.0);
    }

    /**
     * Modularity with resolution {@code resolution} (γ) of {@code community} on {@code graph}.
     *
     * @param community the community of each vertex: any ids in {@code 0..n-1}, equal ids meaning one community
     * @throws IllegalArgumentException if {@code community} does not have one id in {@code 0..n-1} per vertex, a
     *         weight is negative or not finite, or the resolution is not finite
     */
    public static double of(CompactGraph graph, int[] community, double resolution) {
        return of(UndirectedView.of(graph), community, resolution);
    }

    static double of(UndirectedView g, int[] community, double resolution) {
        int n = g.n;
        if (community == null || community.length != n) {
            throw new IllegalArgumentException("community must give one community per vertex (" + n + "), was "
                    + (community == null ? "null" : community.length + " long"));
        }
        if (!Double.isFinite(resolution)) {
            throw new IllegalArgumentException("resolution must be finite, was " + resolution);
        }
        double[] inside = new double[n]; // 2 L_c: each inside edge is seen from both ends
        double[] degree = new double[n]; // D_c
        for (int v = 0; v < n; v++) {
            int c = community[v];
            if (c < 0 || c >= n) {
                throw new IllegalArgumentException("community ids must be in 0.." + (n - 1) + "; vertex " + v
                        + " has " + c);
            }
            double in = 2 * g.loops[v];
            for (int i = g.offsets[v]; i < g.offsets[v + 1]; i++) {
                if (community[g.neighbours[i]] == c) {
                    in += g.weights[i];
                }
            }
            inside[c] += in;
            degree[c] += g.degree[v];
        }
        double total = g.totalDegree;
        if (total == 0) {
            return 0;
        }
        double m = total / 2;
        double norm = 1 / (total * total);
        double q = 0;
        for (int c = 0; c < n; c++) {
            if (degree[c] > 0 || inside[c] > 0) {
                q += inside[c] / 2 / m - resolution * degree[c] * degree[c] * norm;
            }
        }
        return q;
    }
}
