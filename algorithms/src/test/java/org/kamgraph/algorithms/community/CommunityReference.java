package org.kamgraph.algorithms.community;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.graph.WeightedPseudograph;

/**
 * The NetworkX reference values written by {@code src/test/resources/reference/community_reference.py}: test graphs
 * (karate and florentine from their {@code _edges.csv}, the others from {@code community_graphs.txt}) and, per graph
 * and weighting, the greedy modularity communities and the modularity of some partitions. See the script.
 */
final class CommunityReference {
    static final double TOLERANCE = 1e-12;

    /** A graph as a list of edges (or arcs) {u, v} with weights. */
    record RefGraph(String name, boolean directed, int n, List<int[]> pairs, List<Double> weights) {
        /** The JGraphT graph, with its own weights or with every weight 1. */
        Graph<Integer, DefaultWeightedEdge> build(boolean weighted) {
            Graph<Integer, DefaultWeightedEdge> g = directed
                    ? new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class)
                    : new WeightedPseudograph<>(DefaultWeightedEdge.class);
            for (int v = 0; v < n; v++) {
                g.addVertex(v);
            }
            for (int i = 0; i < pairs.size(); i++) {
                g.setEdgeWeight(g.addEdge(pairs.get(i)[0], pairs.get(i)[1]), weighted ? weights.get(i) : 1.0);
            }
            return g;
        }
    }

    /** One row of community_expected.csv; {@code membership} numbers the communities in their listed order. */
    record Expected(String graph, boolean weighted, String partition, double modularity, int[] membership,
                    int communities) {
        @Override
        public String toString() {
            return graph + (weighted ? " weighted " : " unweighted ") + partition;
        }
    }

    private static Map<String, RefGraph> graphs;
    private static List<Expected> expected;

    private CommunityReference() {
    }

    static synchronized Map<String, RefGraph> graphs() {
        if (graphs == null) {
            Map<String, RefGraph> map = new LinkedHashMap<>();
            for (String name : List.of("karate", "florentine")) {
                List<int[]> pairs = new ArrayList<>();
                List<Double> weights = new ArrayList<>();
                int n = 0;
                List<String> lines = lines(name + "_edges.csv");
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.split(",");
                    int u = Integer.parseInt(f[0]);
                    int v = Integer.parseInt(f[1]);
                    pairs.add(new int[] {u, v});
                    weights.add(Double.parseDouble(f[2]));
                    n = Math.max(n, Math.max(u, v) + 1);
                }
                map.put(name, new RefGraph(name, false, n, pairs, weights));
            }
            String[] header = null;
            List<int[]> pairs = null;
            List<Double> weights = null;
            for (String line : lines("community_graphs.txt")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                if (f[0].equals("graph")) {
                    header = f;
                    pairs = new ArrayList<>();
                    weights = new ArrayList<>();
                } else if (f[0].equals("end")) {
                    map.put(header[1], new RefGraph(header[1], header[2].equals("directed"),
                            Integer.parseInt(header[3]), pairs, weights));
                } else {
                    pairs.add(new int[] {Integer.parseInt(f[0]), Integer.parseInt(f[1])});
                    weights.add(Double.parseDouble(f[2]));
                }
            }
            graphs = map;
        }
        return graphs;
    }

    static synchronized List<Expected> expected() {
        if (expected == null) {
            List<Expected> list = new ArrayList<>();
            List<String> lines = lines("community_expected.csv");
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                String[] communities = f[4].split("\\|");
                int[] membership = new int[graphs().get(f[0]).n()];
                for (int c = 0; c < communities.length; c++) {
                    for (String v : communities[c].split(" ")) {
                        membership[Integer.parseInt(v)] = c;
                    }
                }
                list.add(new Expected(f[0], f[1].equals("1"), f[2], Double.parseDouble(f[3]), membership,
                        communities.length));
            }
            expected = list;
        }
        return expected;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = CommunityReference.class.getResourceAsStream("/reference/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /reference/" + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
