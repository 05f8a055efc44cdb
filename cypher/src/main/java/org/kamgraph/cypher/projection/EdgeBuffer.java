package org.kamgraph.cypher.projection;

import java.util.Arrays;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.util.SupplierUtil;

/**
 * Projected edges in growable primitive arrays (16 bytes per edge) until the CSR graph is built from them
 * ({@link CsrGraph}, no object per edge).
 */
final class EdgeBuffer implements KernelRelationshipReads.EdgeOut {
    private int[] sources;
    private int[] targets;
    private double[] weights;
    private int size;
    /** Where this buffer's edges come from in a scan (a partition's first relationship id), for putting parts in order. */
    long origin = Long.MAX_VALUE;

    EdgeBuffer() {
        this(1024);
    }

    private EdgeBuffer(int capacity) {
        sources = new int[capacity];
        targets = new int[capacity];
        weights = new double[capacity];
    }

    @Override
    public void add(int source, int target, double weight) {
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

    /** The buffers one after the other, in one buffer of exactly their total size; each is emptied as it is copied. */
    static EdgeBuffer concat(List<EdgeBuffer> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        long total = 0;
        for (EdgeBuffer b : parts) {
            total += b.size;
        }
        EdgeBuffer out = new EdgeBuffer(Math.toIntExact(Math.max(1, total)));
        for (EdgeBuffer b : parts) {
            System.arraycopy(b.sources, 0, out.sources, out.size, b.size);
            System.arraycopy(b.targets, 0, out.targets, out.size, b.size);
            System.arraycopy(b.weights, 0, out.weights, out.size, b.size);
            out.size += b.size;
            b.sources = b.targets = null;
            b.weights = null;
            b.size = 0;
        }
        return out;
    }

    /**
     * The parts in the order of their {@link #origin} (a partitioned scan's parts back in scan order), then the
     * edges grouped by source vertex (a stable counting sort over {@code 0..n-1}): one buffer, parts emptied.
     */
    static EdgeBuffer bySource(List<EdgeBuffer> parts, int n) {
        List<EdgeBuffer> sorted = new java.util.ArrayList<>(parts);
        sorted.sort(java.util.Comparator.comparingLong(b -> b.origin));
        EdgeBuffer all = concat(sorted);
        int m = all.size;
        int[] offsets = new int[n + 1];
        for (int i = 0; i < m; i++) {
            offsets[all.sources[i] + 1]++;
        }
        boolean grouped = true;
        for (int i = 1; i < m && grouped; i++) {
            grouped = all.sources[i - 1] <= all.sources[i];
        }
        if (grouped) {
            return all;
        }
        for (int v = 0; v < n; v++) {
            offsets[v + 1] += offsets[v];
        }
        EdgeBuffer out = new EdgeBuffer(Math.max(1, m));
        for (int i = 0; i < m; i++) {
            int slot = offsets[all.sources[i]]++;
            out.sources[slot] = all.sources[i];
            out.targets[slot] = all.targets[i];
            out.weights[slot] = all.weights[i];
        }
        out.size = m;
        return out;
    }

    /**
     * The graph of these edges over vertices {@code 0..n-1}: the CSR graph ({@link CsrGraph}); an edgeless projection
     * gets a plain graph, as JGraphT's sparse graphs need an edge.
     */
    Graph<Integer, Integer> graph(int n, Orientation orientation) {
        boolean undirected = orientation == Orientation.UNDIRECTED;
        if (size > 0) {
            return CsrGraph.of(n, size, sources, targets, weights, undirected);
        }
        var builder = undirected ? GraphTypeBuilder.<Integer, Integer>undirected() : GraphTypeBuilder.<Integer, Integer>directed();
        Graph<Integer, Integer> g = builder.weighted(true).allowingMultipleEdges(true).allowingSelfLoops(true)
                .vertexSupplier(SupplierUtil.createIntegerSupplier()).edgeSupplier(SupplierUtil.createIntegerSupplier()).buildGraph();
        for (int v = 0; v < n; v++) {
            g.addVertex(v);
        }
        return g;
    }
}
