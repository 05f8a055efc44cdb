package org.kamgraph.algorithms.paths;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;
import org.kamgraph.algorithms.CompactGraph;

/**
 * What the shortest-path centralities share: the input (a JGraphT graph with vertices {@code 0..n-1}, copied into a
 * {@link CompactGraph} on first use, or a {@link CompactGraph} given directly), the {@link LengthTransform}, the
 * thread count, and lazy, computed-once scores.
 */
abstract class PathScoring implements VertexScoringAlgorithm<Integer, Double> {
    private final Graph<Integer, ?> graph;
    private final CompactGraph compact;
    final int n;
    final boolean directed;
    final LengthTransform lengths;
    final int threads;
    private double[] scores;
    private Map<Integer, Double> view;

    PathScoring(Graph<Integer, ?> graph, CompactGraph compact, LengthTransform lengths, int threads) {
        if (graph == null && compact == null) {
            throw new NullPointerException("graph");
        }
        this.graph = graph;
        this.compact = compact;
        this.n = compact != null ? compact.vertexCount() : graph.vertexSet().size();
        this.directed = compact != null ? compact.isDirected() : graph.getType().isDirected();
        this.lengths = Objects.requireNonNull(lengths, "lengths");
        this.threads = Workers.checkThreads(threads);
    }

    /** Computes the score of every vertex, indexed by vertex. */
    abstract double[] compute(CompactGraph g);

    private synchronized double[] computed() {
        if (scores == null) {
            CompactGraph g = compact != null ? compact : CompactGraph.of(graph);
            if (g.vertexCount() != n) {
                throw new IllegalStateException("the graph changed since this algorithm was created: " + n
                        + " vertices then, " + g.vertexCount() + " now");
            }
            scores = compute(g);
            view = new ScoreMap(scores);
        }
        return scores;
    }

    /**
     * The score of every vertex, computed on the first call (of this method, {@link #getVertexScore} or
     * {@link #scores()}) and kept.
     *
     * @return an unmodifiable map from each vertex {@code 0..n-1} to its score
     * @throws IllegalArgumentException if a weight is invalid for the length transform, or the vertices are not
     *                                  {@code 0..n-1}
     */
    @Override
    public Map<Integer, Double> getScores() {
        computed();
        return view;
    }

    /**
     * The score of one vertex.
     *
     * @throws IllegalArgumentException if {@code v} is not a vertex {@code 0..n-1}
     */
    @Override
    public Double getVertexScore(Integer v) {
        if (v == null || v < 0 || v >= n) {
            throw new IllegalArgumentException("Cannot return score of unknown vertex " + v);
        }
        return computed()[v];
    }

    /** The scores as a new array indexed by vertex. */
    public double[] scores() {
        return computed().clone();
    }

    /** An unmodifiable {@code Map<Integer, Double>} over a score array, without boxing until read. */
    private static final class ScoreMap extends AbstractMap<Integer, Double> {
        private final double[] values;

        ScoreMap(double[] values) {
            this.values = values;
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof Integer i && i >= 0 && i < values.length;
        }

        @Override
        public Double get(Object key) {
            return containsKey(key) ? values[(Integer) key] : null;
        }

        @Override
        public Set<Entry<Integer, Double>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return values.length;
                }

                @Override
                public Iterator<Entry<Integer, Double>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < values.length;
                        }

                        @Override
                        public Entry<Integer, Double> next() {
                            if (next >= values.length) {
                                throw new NoSuchElementException();
                            }
                            int v = next++;
                            return new SimpleImmutableEntry<>(v, values[v]);
                        }
                    };
                }
            };
        }
    }

    /** A vertex's score from the search that ran from it, which reached {@code reached} vertices. */
    interface FromDistances {
        double score(ShortestPathSearch search, int reached);
    }

    /**
     * Each vertex's score from the shortest distances of all vertices to it (one search per vertex on the
     * reversed graph, on {@link #threads} workers): the common loop of the distance-based centralities.
     */
    final double[] fromDistancesTo(CompactGraph g, FromDistances score) {
        ShortestPathGraph reversed = ShortestPathGraph.reversed(g, lengths);
        double[] out = new double[n];
        Workers.run(n, threads, i -> new ShortestPathSearch(reversed, false), (search, u) -> {
            out[u] = score.score(search, search.run(u)); // each u written by one worker; Thread.join publishes it
        });
        return out;
    }
}
