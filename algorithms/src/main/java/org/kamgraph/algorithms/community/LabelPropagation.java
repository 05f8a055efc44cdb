package org.kamgraph.algorithms.community;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ClusteringAlgorithm;
import org.kamgraph.algorithms.CompactGraph;

/**
 * Communities by asynchronous label propagation (Raghavan, Albert and Kumara): every vertex starts with a label of
 * its own; in each iteration the vertices, in a fresh random order, take the label carrying the largest total edge
 * weight among their neighbours, until an iteration changes nothing, i.e. every vertex has a label of maximal weight
 * around it (the paper's stopping rule), or {@code maxIterations} is reached. The graph is read as undirected with
 * summed weights (see {@link UndirectedView}); self-loops and edges of weight 0 carry no vote, and a vertex without
 * neighbours keeps its own community.
 *
 * <p>Deterministic given the seed: update orders and tie-breaks come from one {@link SplittableRandom}. A vertex
 * whose current label is among the heaviest keeps it (so the process can settle instead of flipping between tied
 * labels); otherwise it picks uniformly among the heaviest labels, as in the paper. As the paper notes, a label can
 * end up on several disconnected groups of vertices; each connected group then becomes its own community (the
 * paper's breadth-first post-processing). Different seeds may give different partitions: the method is fast but
 * not stable, and it optimizes no objective; {@link Partition#modularity()} reports how good the result is.
 *
 * <p>Complexity: O(k (n + m)) time for k iterations (typically a handful, growing slowly with n), O(n) memory besides
 * the undirected view.
 *
 * <p>Reference: U. N. Raghavan, R. Albert, S. Kumara, "Near linear time algorithm to detect community structures in
 * large-scale networks", Physical Review E 76, 036106 (2007).
 */
public final class LabelPropagation implements ClusteringAlgorithm<Integer> {
    public static final int DEFAULT_MAX_ITERATIONS = 100;
    public static final long DEFAULT_SEED = 0L;

    private final UndirectedView g;
    private final long seed;
    private final int maxIterations;
    private Partition partition;
    private int iterations;
    private boolean converged;

    /** Label propagation with {@link #DEFAULT_SEED} and {@link #DEFAULT_MAX_ITERATIONS}. */
    public LabelPropagation(Graph<Integer, ?> graph) {
        this(graph, DEFAULT_SEED, DEFAULT_MAX_ITERATIONS);
    }

    public LabelPropagation(Graph<Integer, ?> graph, long seed, int maxIterations) {
        this(GreedyModularity.compact(graph), seed, maxIterations);
    }

    /**
     * @throws IllegalArgumentException if {@code maxIterations < 1} or a weight is negative or not finite
     */
    public LabelPropagation(CompactGraph graph, long seed, int maxIterations) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
        }
        this.g = UndirectedView.of(graph);
        this.seed = seed;
        this.maxIterations = maxIterations;
    }

    /** The communities found, with their modularity; computed on first use. */
    public Partition partition() {
        if (partition == null) {
            int[] labels = split(propagate());
            partition = Partition.canonical(labels, Modularity.of(g, labels, 1.0));
        }
        return partition;
    }

    @Override
    public Clustering<Integer> getClustering() {
        return partition().toClustering();
    }

    /** The number of iterations (passes over all vertices) run. */
    public int iterations() {
        partition();
        return iterations;
    }

    /** Whether the last iteration changed no label (otherwise {@code maxIterations} ran out first). */
    public boolean converged() {
        partition();
        return converged;
    }

    private int[] propagate() {
        int n = g.n;
        int[] labels = new int[n];
        int[] order = new int[n];
        for (int v = 0; v < n; v++) {
            labels[v] = v;
            order[v] = v;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] score = new double[n]; // weight per label around the current vertex; all 0 between vertices
        int[] seen = new int[n];        // the labels with a positive score, in order of first appearance
        converged = n == 0;
        iterations = 0;
        while (!converged && iterations < maxIterations) {
            for (int i = n - 1; i > 0; i--) { // Fisher-Yates shuffle
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            int changed = 0;
            for (int v : order) {
                int count = 0;
                for (int i = g.offsets[v]; i < g.offsets[v + 1]; i++) {
                    double w = g.weights[i];
                    if (w > 0) {
                        int l = labels[g.neighbours[i]];
                        if (score[l] == 0) {
                            seen[count++] = l;
                        }
                        score[l] += w;
                    }
                }
                if (count == 0) {
                    continue;
                }
                double best = 0;
                int ties = 0;
                for (int i = 0; i < count; i++) {
                    double s = score[seen[i]];
                    if (s > best) {
                        best = s;
                        ties = 1;
                    } else if (s == best) {
                        ties++;
                    }
                }
                if (score[labels[v]] != best) {
                    int pick = ties == 1 ? 0 : random.nextInt(ties);
                    for (int i = 0; i < count; i++) {
                        if (score[seen[i]] == best && pick-- == 0) {
                            labels[v] = seen[i];
                            changed++;
                            break;
                        }
                    }
                }
                for (int i = 0; i < count; i++) {
                    score[seen[i]] = 0;
                }
            }
            iterations++;
            converged = changed == 0;
        }
        return labels;
    }

    /** Relabels each connected group of equally labelled vertices by its first vertex (breadth-first search). */
    private int[] split(int[] labels) {
        int n = g.n;
        int[] community = new int[n];
        Arrays.fill(community, -1);
        int[] queue = new int[n];
        for (int s = 0; s < n; s++) {
            if (community[s] >= 0) {
                continue;
            }
            community[s] = s;
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            while (head < tail) {
                int v = queue[head++];
                for (int i = g.offsets[v]; i < g.offsets[v + 1]; i++) {
                    int w = g.neighbours[i];
                    if (community[w] < 0 && labels[w] == labels[s] && g.weights[i] > 0) {
                        community[w] = s;
                        queue[tail++] = w;
                    }
                }
            }
        }
        return community;
    }
}
