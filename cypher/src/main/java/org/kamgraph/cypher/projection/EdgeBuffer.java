package org.kamgraph.cypher.projection;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jgrapht.alg.util.Triple;

/**
 * Projected edges in growable primitive arrays (16 bytes per edge) until the CSR graph is built, instead of a
 * list of boxed triples (about 100 bytes per edge): JGraphT's sparse graphs then read them as a stream.
 */
final class EdgeBuffer {
    private int[] sources = new int[1024];
    private int[] targets = new int[1024];
    private double[] weights = new double[1024];
    private int size;

    void add(int source, int target, double weight) {
        if (size == sources.length) {
            int capacity = sources.length * 2;
            sources = Arrays.copyOf(sources, capacity);
            targets = Arrays.copyOf(targets, capacity);
            weights = Arrays.copyOf(weights, capacity);
        }
        sources[size] = source;
        targets[size] = target;
        weights[size++] = weight;
    }

    int size() {
        return size;
    }

    /** The edges as a fresh stream of triples each time it is asked (JGraphT reads it more than once). */
    Supplier<Stream<Triple<Integer, Integer, Double>>> triples() {
        return () -> IntStream.range(0, size).mapToObj(i -> Triple.of(sources[i], targets[i], weights[i]));
    }
}
