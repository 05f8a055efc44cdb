package org.kamgraph.algorithms.rank;

import java.util.Objects;
import org.jgrapht.Graph;
import org.kamgraph.algorithms.CompactGraph;

/** Parameter validation shared by the scorings of this package; every message names the parameter. */
final class Checks {
    private Checks() {
    }

    static CompactGraph compact(Graph<Integer, ?> graph) {
        return CompactGraph.of(Objects.requireNonNull(graph, "graph must not be null"));
    }

    static double dampingFactor(double d) {
        if (!(d >= 0 && d < 1)) {
            throw new IllegalArgumentException("dampingFactor must be in [0, 1), was " + d);
        }
        return d;
    }

    static double tolerance(double t) {
        return positiveFinite("tolerance", t);
    }

    static int maxIterations(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, was " + k);
        }
        return k;
    }

    static double positiveFinite(String name, double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException(name + " must be positive and finite, was " + x);
        }
        return x;
    }

    static double finite(String name, double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException(name + " must be finite, was " + x);
        }
        return x;
    }

    static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
