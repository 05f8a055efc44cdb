package org.kamgraph.algorithms.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kamgraph.algorithms.CompactGraph;

class HopBoundedPathsTest {

    /** One query of routes_expected.csv (written by routes_reference.py) and the routes NetworkX listed. */
    record Query(String graph, LengthTransform transform, boolean widest, List<Integer> sources, List<Integer> targets,
                 int k, int maxHops, List<double[]> values, List<List<Integer>> routes) {
        @Override
        public String toString() {
            return graph + " " + transform + (widest ? " widest " : " shortest ") + sources + " -> " + targets
                    + " k=" + k + " maxHops=" + maxHops;
        }
    }

    static Stream<Query> reference() {
        Map<String, Query> queries = new LinkedHashMap<>();
        List<String> lines = lines("routes_expected.csv");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            Query q = queries.computeIfAbsent(f[0], x -> new Query(f[1], LengthTransform.valueOf(f[2]),
                    f[3].equals("WIDEST"), ints(f[4]), ints(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7]),
                    new ArrayList<>(), new ArrayList<>()));
            q.values().add(new double[] {Double.parseDouble(f[9]), number(f[10])});
            q.routes().add(ints(f[12]));
        }
        return queries.values().stream();
    }

    /** A Python repr of a float: "inf" for a route without arcs. */
    private static double number(String field) {
        return field.equals("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(field);
    }

    private static List<Integer> ints(String field) {
        return Arrays.stream(field.split(" ")).map(Integer::valueOf).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reference")
    void matchesNetworkX(Query q) {
        Graph<Integer, DefaultWeightedEdge> g = PathsReference.graphs().get(q.graph()).build(q.transform());
        CompactGraph cg = CompactGraph.of(g);
        HopBoundedPaths routes = new HopBoundedPaths(cg, q.transform());
        List<ArcPath> paths = q.widest() ? routes.widest(q.sources(), q.targets(), q.k(), q.maxHops())
                : routes.shortest(q.sources(), q.targets(), q.k(), q.maxHops());
        assertThat(paths).hasSize(Math.min(q.k(), q.routes().size()));
        Set<List<Integer>> distinct = new HashSet<>();
        for (int i = 0; i < paths.size(); i++) {
            ArcPath p = paths.get(i);
            assertRoute(cg, p, q.transform(), q.sources(), q.targets(), q.maxHops());
            // the i-th values are NetworkX's i-th; among equal values any order will do
            assertThat(p.length()).as("length %d", i).isCloseTo(q.values().get(i)[0], within(1e-9));
            if (q.widest()) {
                assertThat(routes.bottleneck(p)).as("bottleneck %d", i).isEqualTo(q.values().get(i)[1]);
            }
            List<Integer> vertices = Arrays.stream(p.vertices()).boxed().toList();
            int j = q.routes().indexOf(vertices);
            assertThat(j).as("route %s listed by NetworkX", vertices).isNotNegative();
            assertThat(q.values().get(j)[0]).isCloseTo(p.length(), within(1e-9));
            assertThat(distinct.add(vertices)).isTrue();
        }
        if (!q.widest()) { // the KShortestPaths methods are the same search
            assertThat(new KShortestPaths(cg, q.transform()).paths(q.sources(), q.targets(), q.k(), q.maxHops()))
                    .isEqualTo(paths);
        }
    }

    static CompactGraph graph(int n, double[]... arcs) {
        Graph<Integer, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < n; v++) {
            g.addVertex(v);
        }
        for (double[] a : arcs) {
            g.setEdgeWeight(g.addEdge((int) a[0], (int) a[1]), a[2]);
        }
        return CompactGraph.of(g);
    }

    private static List<List<Integer>> vertexLists(List<ArcPath> paths) {
        return paths.stream().map(p -> Arrays.stream(p.vertices()).boxed().toList()).toList();
    }

    @Test
    void hopLimitKeepsOnlyRoutesThatFit() {
        // 0 -> 1 -> 2 -> 3 -> 4 is short (4) but has 4 hops; 0 -> 4 is long (10) but direct
        CompactGraph g = graph(5, new double[] {0, 1, 1}, new double[] {1, 2, 1}, new double[] {2, 3, 1},
                new double[] {3, 4, 1}, new double[] {0, 4, 10});
        KShortestPaths yen = new KShortestPaths(g, LengthTransform.IDENTITY);
        assertThat(vertexLists(yen.paths(List.of(0), 4, 5, 3))).containsExactly(List.of(0, 4));
        assertThat(vertexLists(yen.paths(List.of(0), 4, 5, 4))).containsExactly(List.of(0, 1, 2, 3, 4), List.of(0, 4));
        assertThat(yen.paths(List.of(0), 4, 5, 4)).isEqualTo(yen.paths(0, 4, 5));
        assertThat(yen.paths(List.of(1), 0, 5, 20)).isEmpty();
    }

    @Test
    void widestRoutesCarryTheMostSpend() {
        // payer 0; PBM 1, wholesaler 2; pharmacy 3. Spend: 0->1 100, 1->3 40, 0->2 60, 2->3 50, 0->3 10
        CompactGraph g = graph(4, new double[] {0, 1, 100}, new double[] {1, 3, 40}, new double[] {0, 2, 60},
                new double[] {2, 3, 50}, new double[] {0, 3, 10});
        HopBoundedPaths routes = new HopBoundedPaths(g, LengthTransform.NONE);
        List<ArcPath> widest = routes.widest(List.of(0), List.of(3), 5, 3);
        assertThat(vertexLists(widest)).containsExactly(List.of(0, 2, 3), List.of(0, 1, 3), List.of(0, 3));
        assertThat(widest.stream().map(routes::bottleneck).toList()).containsExactly(50.0, 40.0, 10.0);
        assertThat(widest).extracting(ArcPath::length).containsExactly(2.0, 2.0, 1.0); // hop counts under NONE
        assertThat(vertexLists(routes.shortest(List.of(0), List.of(3), 1, 3))).containsExactly(List.of(0, 3));
        assertThat(vertexLists(routes.widest(List.of(0), List.of(3), 5, 1))).containsExactly(List.of(0, 3));
    }

    @Test
    void widestTiesGoToTheShorterRoute() {
        // both routes to 4 have bottleneck 5: the direct-ish one (2 hops) beats the 3-hop one under NONE
        CompactGraph g = graph(5, new double[] {0, 1, 9}, new double[] {1, 2, 9}, new double[] {2, 4, 5},
                new double[] {0, 3, 5}, new double[] {3, 4, 7});
        HopBoundedPaths routes = new HopBoundedPaths(g, LengthTransform.NONE);
        assertThat(vertexLists(routes.widest(List.of(0), List.of(4), 2, 3)))
                .containsExactly(List.of(0, 3, 4), List.of(0, 1, 2, 4));
        // under IDENTITY the lengths are 12 and 23: same order
        HopBoundedPaths byWeight = new HopBoundedPaths(g, LengthTransform.IDENTITY);
        assertThat(byWeight.widest(List.of(0), List.of(4), 2, 3)).extracting(ArcPath::length).containsExactly(12.0, 23.0);
    }

    @Test
    void aDeviationNarrowerThanItsRootIsStillFound() {
        // The best route 0-1-2-5 has bottleneck 8 (arc 1->2). Deviating at 2 with root bottleneck 8, the only spur
        // 2-3-5 is narrower (3): the threshold search finds nothing and the widest-spur fallback must run.
        CompactGraph g = graph(6, new double[] {0, 1, 8}, new double[] {1, 2, 8}, new double[] {2, 5, 9},
                new double[] {2, 3, 3}, new double[] {3, 5, 9}, new double[] {0, 4, 2}, new double[] {4, 5, 2});
        HopBoundedPaths routes = new HopBoundedPaths(g, LengthTransform.NONE);
        List<ArcPath> widest = routes.widest(List.of(0), List.of(5), 10, 4);
        assertThat(vertexLists(widest)).containsExactly(List.of(0, 1, 2, 5), List.of(0, 1, 2, 3, 5), List.of(0, 4, 5));
        assertThat(widest.stream().map(routes::bottleneck).toList()).containsExactly(8.0, 3.0, 2.0);
        assertThat(vertexLists(routes.widest(List.of(0), List.of(5), 10, 3)))
                .containsExactly(List.of(0, 1, 2, 5), List.of(0, 4, 5));
    }

    @Test
    void targetsAreAbsorbingAndASourceTargetIsItsOwnRoute() {
        // 1 and 2 are both targets: the route through 1 ends there and never goes on to 2
        CompactGraph g = graph(4, new double[] {0, 1, 1}, new double[] {1, 2, 1}, new double[] {0, 3, 1},
                new double[] {3, 2, 1});
        HopBoundedPaths routes = new HopBoundedPaths(g, LengthTransform.IDENTITY);
        assertThat(vertexLists(routes.shortest(List.of(0), List.of(1, 2), 10, 5)))
                .containsExactly(List.of(0, 1), List.of(0, 3, 2));
        List<ArcPath> fromTarget = routes.shortest(List.of(1, 0), List.of(1, 2), 10, 5);
        assertThat(vertexLists(fromTarget)).containsExactly(List.of(1), List.of(0, 1), List.of(0, 3, 2));
        assertThat(fromTarget.getFirst().length()).isZero();
        assertThat(routes.bottleneck(fromTarget.getFirst())).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(vertexLists(routes.widest(List.of(1, 0), List.of(1, 2), 10, 5)))
                .containsExactly(List.of(1), List.of(0, 1), List.of(0, 3, 2));
    }

    @Test
    void parallelArcsCountOnceByTheirBestArc() {
        CompactGraph g = graph(3, new double[] {0, 1, 2}, new double[] {0, 1, 7}, new double[] {1, 2, 5},
                new double[] {1, 1, 100});
        HopBoundedPaths routes = new HopBoundedPaths(g, LengthTransform.IDENTITY);
        ArcPath widest = routes.widest(List.of(0), List.of(2), 5, 3).getFirst();
        assertThat(g.outWeights()[widest.arcs()[0]]).isEqualTo(7.0);
        assertThat(routes.bottleneck(widest)).isEqualTo(5.0);
        ArcPath shortest = routes.shortest(List.of(0), List.of(2), 5, 3).getFirst();
        assertThat(g.outWeights()[shortest.arcs()[0]]).isEqualTo(2.0);
        assertThat(routes.shortest(List.of(0), List.of(2), 5, 3)).hasSize(1);
    }

    @Test
    void unboundedEnoughIsPlainYen() {
        CompactGraph g = KShortestPathsTest.yenExample();
        KShortestPaths yen = new KShortestPaths(g, LengthTransform.IDENTITY);
        List<ArcPath> plain = yen.paths(0, 5, 10);
        List<ArcPath> bounded = yen.paths(List.of(0), 5, 10, HopBoundedPaths.MAX_HOPS);
        assertThat(bounded).extracting(ArcPath::length).isEqualTo(plain.stream().map(ArcPath::length).toList());
        assertThat(new HashSet<>(vertexLists(bounded))).isEqualTo(new HashSet<>(vertexLists(plain)));
        // with 3 hops at most, the 4- and 5-hop routes drop out
        assertThat(yen.paths(List.of(0), 5, 10, 3)).extracting(ArcPath::length).containsExactly(5.0, 7.0, 8.0);
    }

    /** Both rankings against brute-force enumeration on random graphs with many ties (small integer weights). */
    @Test
    void agreesWithBruteForceOnRandomGraphs() {
        Random random = new Random(3);
        for (int round = 0; round < 40; round++) {
            int n = 8 + random.nextInt(6);
            Graph<Integer, DefaultWeightedEdge> jg = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
            for (int v = 0; v < n; v++) {
                jg.addVertex(v);
            }
            for (int u = 0; u < n; u++) {
                for (int v = 0; v < n; v++) {
                    if (u != v && random.nextDouble() < 0.3) {
                        jg.setEdgeWeight(jg.addEdge(u, v), 1 + random.nextInt(5));
                    }
                }
            }
            CompactGraph g = CompactGraph.of(jg);
            LengthTransform t = round % 2 == 0 ? LengthTransform.IDENTITY : LengthTransform.NONE;
            HopBoundedPaths routes = new HopBoundedPaths(g, t);
            List<Integer> sources = List.of(0, 1 + random.nextInt(2));
            List<Integer> targets = List.of(n - 1, n - 2 - random.nextInt(2));
            int maxHops = 1 + random.nextInt(5);
            int k = 1 + random.nextInt(12);
            List<int[]> all = allRoutes(g, sources, targets, maxHops);
            for (boolean widest : new boolean[] {false, true}) {
                Comparator<double[]> order = widest
                        ? Comparator.<double[]>comparingDouble(v -> -v[1]).thenComparingDouble(v -> v[0])
                        : Comparator.comparingDouble(v -> v[0]);
                List<double[]> expected = all.stream().map(r -> values(g, t, r)).sorted(order).toList();
                List<ArcPath> found = widest ? routes.widest(sources, targets, k, maxHops)
                        : routes.shortest(sources, targets, k, maxHops);
                assertThat(found).as("round %d widest %s", round, widest).hasSize(Math.min(k, all.size()));
                Set<List<Integer>> distinct = new HashSet<>();
                for (int i = 0; i < found.size(); i++) {
                    ArcPath p = found.get(i);
                    assertRoute(g, p, t, sources, targets, maxHops);
                    assertThat(distinct.add(Arrays.stream(p.vertices()).boxed().toList())).isTrue();
                    double[] v = {p.length(), routes.bottleneck(p)};
                    assertThat(order.compare(v, expected.get(i))).as("round %d widest %s rank %d", round, widest, i)
                            .isZero();
                }
            }
        }
    }

    /** Every loopless route of at most maxHops arcs from a source to a target, stopping at the first target. */
    static List<int[]> allRoutes(CompactGraph g, List<Integer> sources, List<Integer> targets, int maxHops) {
        List<int[]> out = new ArrayList<>();
        for (int s : new HashSet<>(sources)) {
            extend(g, new ArrayList<>(List.of(s)), new HashSet<>(targets), maxHops, out);
        }
        return out;
    }

    private static void extend(CompactGraph g, List<Integer> path, Set<Integer> targets, int maxHops, List<int[]> out) {
        int v = path.getLast();
        if (targets.contains(v)) {
            out.add(path.stream().mapToInt(Integer::intValue).toArray());
            return;
        }
        if (path.size() - 1 == maxHops) {
            return;
        }
        for (int a = g.outStart(v); a < g.outEnd(v); a++) {
            int w = g.outTargets()[a];
            if (!path.contains(w)) {
                path.add(w);
                extend(g, path, targets, maxHops, out);
                path.removeLast();
            }
        }
    }

    /** {length, bottleneck} of a route of a simple graph (one arc per pair). */
    private static double[] values(CompactGraph g, LengthTransform t, int[] route) {
        double length = 0;
        double bottleneck = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 1 < route.length; i++) {
            int a = arc(g, route[i], route[i + 1]);
            length += t.length(route[i], route[i + 1], g.outWeights()[a]);
            bottleneck = Math.min(bottleneck, g.outWeights()[a]);
        }
        return new double[] {length, bottleneck};
    }

    private static int arc(CompactGraph g, int u, int v) {
        for (int a = g.outStart(u); a < g.outEnd(u); a++) {
            if (g.outTargets()[a] == v) {
                return a;
            }
        }
        throw new AssertionError("no arc " + u + " -> " + v);
    }

    @Test
    void rejectsBadInput() {
        HopBoundedPaths routes = new HopBoundedPaths(KShortestPathsTest.yenExample(), LengthTransform.IDENTITY);
        KShortestPaths yen = new KShortestPaths(KShortestPathsTest.yenExample(), LengthTransform.IDENTITY);
        for (int bad : new int[] {0, -1, 21}) {
            assertThatThrownBy(() -> routes.shortest(List.of(0), List.of(5), 3, bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("maxHops must be between 1 and 20, was " + bad);
            assertThatThrownBy(() -> routes.widest(List.of(0), List.of(5), 3, bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxHops");
            assertThatThrownBy(() -> yen.paths(List.of(0), 5, 3, bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxHops");
        }
        assertThatThrownBy(() -> routes.shortest(List.of(0), List.of(5), 0, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k must be at least 1");
        assertThatThrownBy(() -> routes.shortest(List.of(0), List.of(), 1, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targets must name");
        assertThatThrownBy(() -> routes.widest(List.of(), List.of(5), 1, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sources must name");
        assertThatThrownBy(() -> yen.paths(List.of(0), List.of(2, 6), 1, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target 6 is not a vertex");
        assertThatThrownBy(() -> routes.shortest(List.of(7), List.of(5), 1, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source 7 is not a vertex");
        HopBoundedPaths nan = new HopBoundedPaths(graph(2, new double[] {0, 1, Double.NaN}), LengthTransform.NONE);
        assertThat(nan.shortest(List.of(0), List.of(1), 1, 1)).hasSize(1); // NONE ignores weights
        assertThatThrownBy(() -> nan.widest(List.of(0), List.of(1), 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight NaN");
    }

    /** Valid arcs and length, loopless, at most maxHops, from a source to a target, passing no other target. */
    static void assertRoute(CompactGraph g, ArcPath p, LengthTransform t, List<Integer> sources, List<Integer> targets,
                            int maxHops) {
        KShortestPathsTest.assertValid(g, p, t);
        assertThat(p.hops()).isLessThanOrEqualTo(maxHops);
        assertThat(sources).contains(p.source());
        assertThat(targets).contains(p.target());
        int[] v = p.vertices();
        for (int i = 0; i < v.length - 1; i++) {
            assertThat(targets).doesNotContain(v[i]);
        }
    }

    private static List<String> lines(String resource) {
        try (InputStream in = HopBoundedPathsTest.class.getResourceAsStream("/reference/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /reference/" + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
