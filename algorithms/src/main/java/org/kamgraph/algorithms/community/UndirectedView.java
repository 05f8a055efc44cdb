package org.kamgraph.algorithms.community;

import java.util.Arrays;
import org.kamgraph.algorithms.CompactGraph;

/**
 * A {@link CompactGraph} as the community algorithms see it: undirected, with the weights of all arcs between two
 * vertices summed (u → v and v → u of a directed graph, and parallel edges, become one edge), each edge stored in both
 * rows, self-loops kept apart. Degrees follow NetworkX: the weighted degree of v is the sum of the weights of its
 * edges, a self-loop counting twice, and the total of all degrees is 2m.
 *
 * <p>Weights must be finite and ≥ 0. O(n + m) time and memory; immutable.
 */
final class UndirectedView {
    final int n;
    /** The neighbours of {@code v} (never v itself) are {@code neighbours[offsets[v] .. offsets[v+1]-1]}. */
    final int[] offsets;
    final int[] neighbours;
    final double[] weights;
    /** Total weight of the self-loops at each vertex, each loop edge counted once. */
    final double[] loops;
    final double[] degree;
    /** The sum of all degrees, 2m. */
    final double totalDegree;

    private UndirectedView(int n, int[] offsets, int[] neighbours, double[] weights, double[] loops, double[] degree) {
        this.n = n;
        this.offsets = offsets;
        this.neighbours = neighbours;
        this.weights = weights;
        this.loops = loops;
        this.degree = degree;
        double total = 0;
        for (double d : degree) {
            total += d;
        }
        this.totalDegree = total;
    }

    static UndirectedView of(CompactGraph g) {
        if (g == null) {
            throw new IllegalArgumentException("graph must not be null");
        }
        int n = g.vertexCount();
        boolean directed = g.isDirected();
        // An undirected CompactGraph already lists each edge in both rows (a loop twice in its row); a directed one
        // lists u -> v only in u's out-row and v's in-row, so both rows are read there.
        int[] offsets = new int[n + 1];
        int[] neighbours = new int[directed ? 2 * g.arcCount() : g.arcCount()];
        double[] weights = new double[neighbours.length];
        double[] loops = new double[n];
        double[] degree = new double[n];
        int[] slot = new int[n]; // slot[w] = index of w in the current row, if >= rowStart
        Arrays.fill(slot, -1);
        int size = 0;
        for (int v = 0; v < n; v++) {
            int rowStart = size;
            for (int side = 0; side < (directed ? 2 : 1); side++) {
                int[] ends = side == 0 ? g.outTargets() : g.inSources();
                double[] ws = side == 0 ? g.outWeights() : g.inWeights();
                int from = side == 0 ? g.outStart(v) : g.inStart(v);
                int to = side == 0 ? g.outEnd(v) : g.inEnd(v);
                for (int i = from; i < to; i++) {
                    int w = ends[i];
                    double weight = ws[i];
                    if (!(weight >= 0) || weight == Double.POSITIVE_INFINITY) {
                        throw new IllegalArgumentException("community detection needs finite weights >= 0; edge ("
                                + (side == 0 ? v + ", " + w : w + ", " + v) + ") has weight " + weight);
                    }
                    if (w == v) {
                        if (side == 0) { // a directed loop is also in the in-row; an undirected one is listed twice
                            loops[v] += directed ? weight : weight * 0.5;
                        }
                        continue;
                    }
                    int j = slot[w];
                    if (j >= rowStart) {
                        weights[j] += weight;
                    } else {
                        slot[w] = size;
                        neighbours[size] = w;
                        weights[size++] = weight;
                    }
                }
            }
            offsets[v + 1] = size;
            double d = 0;
            for (int j = rowStart; j < size; j++) {
                d += weights[j];
            }
            degree[v] = d + 2 * loops[v];
        }
        return new UndirectedView(n, offsets, Arrays.copyOf(neighbours, size), Arrays.copyOf(weights, size), loops,
                degree);
    }
}
