package org.kamgraph.algorithms.rank;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.opt.graph.sparse.SparseIntDirectedWeightedGraph;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedWeightedGraph;

/**
 * Known answers computed with NetworkX by src/test/resources/reference/make_reference.py: an edge list and one
 * column of expected scores per measure, for the karate club, the Florentine families and a small digraph.
 */
final class Reference {
    /** Agreement required with NetworkX. */
    static final double EXACT = 1e-9;
    /** Tolerances given to the Java side so that it converges well within {@link #EXACT}. */
    static final double PAGERANK_TOLERANCE = 1e-12;
    static final double EIGEN_TOLERANCE = 1e-13;
    static final int MAX_ITERATIONS = 10_000;

    /** Personalization seeds (raw biases) used by the script, by graph. */
    static final Map<Integer, Double> KARATE_SEEDS = Map.of(0, 2.0, 33, 1.0, 5, 0.5);
    static final Map<Integer, Double> FLORENTINE_SEEDS = Map.of(8, 1.0, 13, 3.0); // Medici, Strozzi
    static final Map<Integer, Double> DIRECTED_SEEDS = Map.of(3, 1.0, 5, 1.0);

    final int n;
    final List<Triple<Integer, Integer, Double>> edges;
    final List<String> names = new ArrayList<>();
    private final Map<String, double[]> columns = new HashMap<>();

    private Reference(String name) {
        edges = new ArrayList<>();
        for (String[] row : rows(name + "_edges.csv")) {
            edges.add(Triple.of(Integer.parseInt(row[0]), Integer.parseInt(row[1]), Double.parseDouble(row[2])));
        }
        List<String[]> expected = rows(name + "_expected.csv");
        String[] header = expected.removeFirst();
        n = expected.size();
        for (int c = 2; c < header.length; c++) {
            double[] values = new double[n];
            for (String[] row : expected) {
                values[Integer.parseInt(row[0])] = Double.parseDouble(row[c]);
            }
            columns.put(header[c], values);
        }
        expected.forEach(row -> names.add(row[1]));
    }

    static Reference karate() {
        return new Reference("karate");
    }

    static Reference florentine() {
        return new Reference("florentine");
    }

    static Reference directed() {
        return new Reference("directed");
    }

    double[] expected(String column) {
        double[] values = columns.get(column);
        if (values == null) {
            throw new IllegalArgumentException("no column " + column + " in " + columns.keySet());
        }
        return values;
    }

    /** The CSR digraph the projection produces. */
    SparseIntDirectedWeightedGraph sparseDirected() {
        return new SparseIntDirectedWeightedGraph(n, edges);
    }

    SparseIntUndirectedWeightedGraph sparseUndirected() {
        return new SparseIntUndirectedWeightedGraph(n, edges);
    }

    Graph<Integer, DefaultWeightedEdge> simpleUndirected() {
        SimpleWeightedGraph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < n; v++) {
            g.addVertex(v);
        }
        for (Triple<Integer, Integer, Double> e : edges) {
            g.setEdgeWeight(g.addEdge(e.getFirst(), e.getSecond()), e.getThird());
        }
        return g;
    }

    private static List<String[]> rows(String file) {
        InputStream in = Reference.class.getResourceAsStream("/reference/" + file);
        if (in == null) {
            throw new IllegalStateException("missing test resource /reference/" + file);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header && file.endsWith("_edges.csv")) {
                    header = false;
                    continue;
                }
                rows.add(line.split(","));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
