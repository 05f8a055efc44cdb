package org.kamgraph.algorithms.paths;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The NetworkX reference values written by {@code src/test/resources/reference/paths_reference.py}: test graphs,
 * expected scores and the sources NetworkX sampled. See the script for the formats and conventions.
 */
final class PathsReference {
    static final double TOLERANCE = 1e-9;

    /** A test graph: edges with integer weights; for NEG_LOG the weight is w / negLogDivisor. */
    record RefGraph(String name, boolean directed, int n, int negLogDivisor, int[][] edges) {
        Graph<Integer, DefaultWeightedEdge> build(LengthTransform transform) {
            Graph<Integer, DefaultWeightedEdge> g = directed
                    ? new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class)
                    : new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
            for (int v = 0; v < n; v++) {
                g.addVertex(v);
            }
            for (int[] e : edges) {
                DefaultWeightedEdge edge = g.addEdge(e[0], e[1]);
                g.setEdgeWeight(edge, transform == LengthTransform.NEG_LOG ? (double) e[2] / negLogDivisor : e[2]);
            }
            return g;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Expected scores of one measure on one graph under one transform. */
    record Expected(String graph, LengthTransform transform, String measure, double[] values) {
        @Override
        public String toString() {
            return graph + " " + transform + " " + measure;
        }
    }

    record Sample(String graph, LengthTransform transform, int k, int[] sources) {
    }

    private static Map<String, RefGraph> graphs;
    private static List<Expected> expected;
    private static List<Sample> samples;

    private PathsReference() {
    }

    static synchronized Map<String, RefGraph> graphs() {
        if (graphs == null) {
            Map<String, RefGraph> map = new LinkedHashMap<>();
            String[] header = null;
            List<int[]> edges = new ArrayList<>();
            for (String line : lines("paths_graphs.txt")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                if (f[0].equals("graph")) {
                    header = f;
                    edges = new ArrayList<>();
                } else if (f[0].equals("end")) {
                    map.put(header[1], new RefGraph(header[1], header[2].equals("directed"),
                            Integer.parseInt(header[3]), Integer.parseInt(header[4]), edges.toArray(int[][]::new)));
                } else {
                    edges.add(Arrays.stream(f).mapToInt(Integer::parseInt).toArray());
                }
            }
            graphs = map;
        }
        return graphs;
    }

    static synchronized List<Expected> expected() {
        if (expected == null) {
            Map<String, double[]> byKey = new LinkedHashMap<>();
            List<String> all = lines("paths_expected.csv");
            for (String line : all.subList(1, all.size())) {
                String[] f = line.split(",");
                String key = f[0] + "," + f[1] + "," + f[2];
                double[] values = byKey.computeIfAbsent(key, x -> new double[graphs().get(f[0]).n()]);
                values[Integer.parseInt(f[3])] = Double.parseDouble(f[4]);
            }
            List<Expected> list = new ArrayList<>();
            byKey.forEach((key, values) -> {
                String[] f = key.split(",");
                list.add(new Expected(f[0], LengthTransform.valueOf(f[1]), f[2], values));
            });
            expected = list;
        }
        return expected;
    }

    static List<Expected> expected(String measurePrefix) {
        return expected().stream().filter(e -> e.measure().startsWith(measurePrefix)).toList();
    }

    static Expected expected(String graph, LengthTransform transform, String measure) {
        return expected().stream()
                .filter(e -> e.graph().equals(graph) && e.transform() == transform && e.measure().equals(measure))
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + graph + " " + transform + " " + measure));
    }

    static synchronized List<Sample> samples() {
        if (samples == null) {
            List<Sample> list = new ArrayList<>();
            List<String> all = lines("paths_samples.csv");
            for (String line : all.subList(1, all.size())) {
                String[] f = line.split(",");
                list.add(new Sample(f[0], LengthTransform.valueOf(f[1]), Integer.parseInt(f[2]),
                        Arrays.stream(f[4].split(" ")).mapToInt(Integer::parseInt).toArray()));
            }
            samples = list;
        }
        return samples;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = PathsReference.class.getResourceAsStream("/reference/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /reference/" + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
