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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kamgraph.algorithms.CompactGraph;

class KShortestPathsTest {

    /** One query of kshortest_expected.csv (written by kshortest_reference.py) and the paths NetworkX listed. */
    record Query(String graph, LengthTransform transform, List<Integer> sources, int target, int k,
                 List<double[]> lengths, List<List<Integer>> paths) {
        @Override
        public String toString() {
            return graph + " " + transform + " " + sources + " -> " + target + " k=" + k;
        }
    }

    static Stream<Query> reference() {
        Map<String, Query> queries = new LinkedHashMap<>();
        List<String> lines = lines("kshortest_expected.csv");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            Query q = queries.computeIfAbsent(f[0], x -> new Query(f[1], LengthTransform.valueOf(f[2]),
                    Arrays.stream(f[3].split(" ")).map(Integer::valueOf).toList(), Integer.parseInt(f[4]),
                    Integer.parseInt(f[5]), new ArrayList<>(), new ArrayList<>()));
            q.lengths().add(new double[] {Double.parseDouble(f[7])});
            q.paths().add(Arrays.stream(f[8].split(" ")).map(Integer::valueOf).toList());
        }
        return queries.values().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reference")
    void matchesNetworkX(Query q) {
        Graph<Integer, DefaultWeightedEdge> g = PathsReference.graphs().get(q.graph()).build(q.transform());
        CompactGraph cg = CompactGraph.of(g);
        List<ArcPath> paths = new KShortestPaths(cg, q.transform()).paths(q.sources(), q.target(), q.k());
        assertThat(paths).hasSize(Math.min(q.k(), q.paths().size()));
        Set<List<Integer>> distinct = new HashSet<>();
        for (int i = 0; i < paths.size(); i++) {
            ArcPath p = paths.get(i);
            assertValid(cg, p, q.transform());
            assertThat(q.sources()).contains(p.source());
            assertThat(p.target()).isEqualTo(q.target());
            // the i-th length is NetworkX's i-th length; among equally long paths any order will do
            assertThat(p.length()).as("length %d", i).isCloseTo(q.lengths().get(i)[0], within(1e-9));
            List<Integer> vertices = Arrays.stream(p.vertices()).boxed().toList();
            int j = q.paths().indexOf(vertices);
            assertThat(j).as("path %s listed by NetworkX", vertices).isNotNegative();
            assertThat(q.lengths().get(j)[0]).isCloseTo(p.length(), within(1e-9));
            assertThat(distinct.add(vertices)).isTrue();
        }
    }

    /** Yen's example graph (Wikipedia): C=0, D=1, E=2, F=3, G=4, H=5. */
    static CompactGraph yenExample() {
        Graph<Integer, DefaultWeightedEdge> g = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < 6; v++) {
            g.addVertex(v);
        }
        int[][] arcs = {{0, 1, 3}, {0, 2, 2}, {1, 3, 4}, {2, 1, 1}, {2, 3, 2}, {2, 4, 3}, {3, 4, 2}, {3, 5, 1},
                {4, 5, 2}};
        for (int[] a : arcs) {
            StrongestChainsTest.arc(g, a[0], a[1], a[2]);
        }
        return CompactGraph.of(g);
    }

    @Test
    void yensExample() {
        CompactGraph g = yenExample();
        List<ArcPath> paths = new KShortestPaths(g, LengthTransform.IDENTITY).paths(0, 5, 10);
        // all 7 loopless paths C → H; ties by hop count, then vertex sequence
        assertThat(paths).extracting(p -> Arrays.stream(p.vertices()).boxed().toList()).containsExactly(
                List.of(0, 2, 3, 5), List.of(0, 2, 4, 5), List.of(0, 1, 3, 5), List.of(0, 2, 1, 3, 5),
                List.of(0, 2, 3, 4, 5), List.of(0, 1, 3, 4, 5), List.of(0, 2, 1, 3, 4, 5));
        assertThat(paths).extracting(ArcPath::length).containsExactly(5.0, 7.0, 8.0, 8.0, 8.0, 11.0, 11.0);
        paths.forEach(p -> assertValid(g, p, LengthTransform.IDENTITY));
        assertThat(new KShortestPaths(g, LengthTransform.IDENTITY).paths(0, 5, 2)).isEqualTo(paths.subList(0, 2));
        assertThat(new KShortestPaths(g, LengthTransform.NONE).paths(0, 5, 1).getFirst().vertices())
                .containsExactly(0, 1, 3, 5); // 3 hops; [0, 2, 3, 5] ties and comes later in sequence order
    }

    @Test
    void pathsMayStartAtAnySource() {
        CompactGraph g = yenExample();
        List<ArcPath> paths = new KShortestPaths(g, LengthTransform.IDENTITY).paths(List.of(0, 2), 5, 3);
        // E F H (3); E G H (5) and C E F H (5), which passes through the other source
        assertThat(paths).extracting(p -> Arrays.stream(p.vertices()).boxed().toList())
                .containsExactly(List.of(2, 3, 5), List.of(2, 4, 5), List.of(0, 2, 3, 5));
        assertThat(paths).extracting(ArcPath::length).containsExactly(3.0, 5.0, 5.0);
    }

    @Test
    void targetThatIsASourceComesFirstWithLengthZero() {
        List<ArcPath> paths = new KShortestPaths(yenExample(), LengthTransform.IDENTITY).paths(List.of(5, 3), 5, 3);
        assertThat(paths.getFirst().vertices()).containsExactly(5);
        assertThat(paths.getFirst().arcs()).isEmpty();
        assertThat(paths.getFirst().length()).isZero();
        assertThat(paths.getFirst().probability()).isEqualTo(1.0);
        assertThat(paths.get(1).vertices()).containsExactly(3, 5);
        assertThat(paths.get(2).vertices()).containsExactly(3, 4, 5);
        assertThat(new KShortestPaths(yenExample(), LengthTransform.NONE).paths(5, 5, 4)).hasSize(1);
    }

    @Test
    void unreachableTargetGivesNoPaths() {
        KShortestPaths yen = new KShortestPaths(yenExample(), LengthTransform.IDENTITY);
        assertThat(yen.paths(5, 0, 3)).isEmpty();
        assertThat(yen.paths(List.of(3, 4), 2, 1)).isEmpty();
    }

    @Test
    void parallelArcsGiveOnePathPerVertexSequence() {
        Graph<Integer, DefaultWeightedEdge> multi = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < 3; v++) {
            multi.addVertex(v);
        }
        StrongestChainsTest.arc(multi, 0, 1, 0.5);
        StrongestChainsTest.arc(multi, 0, 1, 0.9);
        StrongestChainsTest.arc(multi, 1, 2, 0.9);
        StrongestChainsTest.arc(multi, 1, 1, 1.0);
        StrongestChainsTest.arc(multi, 0, 2, 0.7);
        CompactGraph g = CompactGraph.of(multi);
        List<ArcPath> paths = new KShortestPaths(g, LengthTransform.NEG_LOG).paths(0, 2, 5);
        assertThat(paths).hasSize(2);
        assertThat(paths.get(0).vertices()).containsExactly(0, 1, 2);
        assertThat(paths.get(0).probability()).isCloseTo(0.81, within(1e-15));
        assertThat(g.outWeights()[paths.get(0).arcs()[0]]).isEqualTo(0.9);
        assertThat(paths.get(1).vertices()).containsExactly(0, 2);
        assertThat(paths.get(1).probability()).isCloseTo(0.7, within(1e-15));
    }

    @Test
    void agreesWithJGraphTYenForOneSource() {
        Random random = new Random(5);
        for (int round = 0; round < 6; round++) {
            boolean directed = round % 2 == 0;
            Graph<Integer, DefaultWeightedEdge> g = StrongestChainsTest.randomGraph(random, 25, 0.15, directed);
            CompactGraph cg = CompactGraph.of(g);
            KShortestPaths ours = new KShortestPaths(cg, LengthTransform.IDENTITY);
            YenKShortestPath<Integer, DefaultWeightedEdge> theirs = new YenKShortestPath<>(g);
            for (int query = 0; query < 4; query++) {
                int s = random.nextInt(25);
                int t = random.nextInt(25);
                if (s == t) {
                    continue;
                }
                List<ArcPath> mine = ours.paths(s, t, 15);
                List<GraphPath<Integer, DefaultWeightedEdge>> expected = theirs.getPaths(s, t, 15);
                assertThat(mine).as("%d -> %d", s, t).hasSize(expected.size());
                for (int i = 0; i < mine.size(); i++) {
                    assertThat(Arrays.stream(mine.get(i).vertices()).boxed().toList()).as("%d -> %d #%d", s, t, i)
                            .isEqualTo(expected.get(i).getVertexList());
                    assertThat(mine.get(i).length()).isCloseTo(expected.get(i).getWeight(), within(1e-12));
                    assertValid(cg, mine.get(i), LengthTransform.IDENTITY);
                }
            }
        }
    }

    @Test
    void rejectsBadInput() {
        KShortestPaths yen = new KShortestPaths(yenExample(), LengthTransform.IDENTITY);
        assertThatThrownBy(() -> yen.paths(0, 5, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k must be at least 1");
        assertThatThrownBy(() -> yen.paths(List.of(), 5, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sources");
        assertThatThrownBy(() -> yen.paths(0, 6, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target 6");
        assertThatThrownBy(() -> new KShortestPaths(yenExample(), LengthTransform.NEG_LOG))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("probability");
    }

    /** The arcs lead from each vertex to the next, the vertices are distinct and the length is their sum. */
    static void assertValid(CompactGraph g, ArcPath p, LengthTransform t) {
        int[] v = p.vertices();
        int[] arcs = p.arcs();
        assertThat(Arrays.stream(v).distinct().count()).as("loopless %s", p).isEqualTo(v.length);
        double length = 0;
        for (int i = 0; i < arcs.length; i++) {
            assertThat(arcs[i]).isBetween(g.outStart(v[i]), g.outEnd(v[i]) - 1);
            assertThat(g.outTargets()[arcs[i]]).isEqualTo(v[i + 1]);
            length += t.length(v[i], v[i + 1], g.outWeights()[arcs[i]]);
        }
        assertThat(p.length()).isEqualTo(length);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = KShortestPathsTest.class.getResourceAsStream("/reference/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /reference/" + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
