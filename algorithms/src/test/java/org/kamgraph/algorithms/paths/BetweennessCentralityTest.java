package org.kamgraph.algorithms.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.kamgraph.algorithms.paths.PathsReference.TOLERANCE;

import java.util.List;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.graph.WeightedPseudograph;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.paths.BetweennessCentrality.Normalization;
import org.kamgraph.algorithms.paths.PathsReference.Expected;
import org.kamgraph.algorithms.paths.PathsReference.RefGraph;
import org.kamgraph.algorithms.paths.PathsReference.Sample;

class BetweennessCentralityTest {

    static Stream<Expected> exact() {
        return PathsReference.expected("betweenness_").stream();
    }

    static Stream<Sample> samples() {
        return PathsReference.samples().stream();
    }

    private static Normalization normalizationOf(String measure) {
        return measure.endsWith("_normalized") ? Normalization.NORMALIZED : Normalization.RAW;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exact")
    void matchesNetworkX(Expected e) {
        RefGraph ref = PathsReference.graphs().get(e.graph());
        double[] scores = new BetweennessCentrality(ref.build(e.transform()), e.transform(),
                normalizationOf(e.measure()), 2).scores();
        assertThat(scores).containsExactly(e.values(), within(TOLERANCE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampledWithNetworkXsSourcesMatchesNetworkX(Sample s) {
        RefGraph ref = PathsReference.graphs().get(s.graph());
        Graph<Integer, DefaultWeightedEdge> g = ref.build(s.transform());
        for (Normalization norm : Normalization.values()) {
            String measure = "sampled_k" + s.k() + "_betweenness_" + norm.name().toLowerCase();
            double[] expected = PathsReference.expected(s.graph(), s.transform(), measure).values();
            double[] scores = BetweennessCentrality.withSources(g, s.transform(), norm, s.sources(), 2).scores();
            assertThat(scores).as(measure).containsExactly(expected, within(TOLERANCE));
        }
    }

    @Test
    void middleOfAPathOfThreeIsOnOnePath() {
        Graph<Integer, DefaultWeightedEdge> path = undirected(3, 0, 1, 1, 2);
        assertThat(new BetweennessCentrality(path, LengthTransform.NONE, Normalization.RAW).scores())
                .containsExactly(0, 1, 0);
        assertThat(new BetweennessCentrality(path).scores()).containsExactly(0, 1, 0);
        Graph<Integer, DefaultWeightedEdge> directed = directed(3, 0, 1, 1, 2);
        assertThat(new BetweennessCentrality(directed, LengthTransform.NONE, Normalization.RAW).scores())
                .containsExactly(0, 1, 0);
        assertThat(new BetweennessCentrality(directed).scores()).containsExactly(0, 0.5, 0);
    }

    @Test
    void centreOfAStarIsOnEveryPath() {
        int leaves = 5;
        Graph<Integer, DefaultWeightedEdge> star = new SimpleGraph<>(DefaultWeightedEdge.class);
        star.addVertex(0);
        for (int v = 1; v <= leaves; v++) {
            star.addVertex(v);
            star.addEdge(0, v);
        }
        double[] raw = new BetweennessCentrality(star, LengthTransform.NONE, Normalization.RAW).scores();
        assertThat(raw[0]).isEqualTo(leaves * (leaves - 1) / 2.0); // C(5, 2) = 10 unordered leaf pairs
        assertThat(raw).containsOnlyOnce(10.0);
        double[] normalized = new BetweennessCentrality(star).scores();
        assertThat(normalized[0]).isEqualTo(1.0);
        assertThat(new BetweennessCentrality(star).getScores())
                .hasSize(6).containsEntry(0, 1.0).containsEntry(3, 0.0);
        assertThat(new BetweennessCentrality(star).getVertexScore(0)).isEqualTo(1.0);
    }

    @Test
    void weightsDecideWhichPathIsShortest() {
        // square 0-1-2-3-0: unweighted, 1 and 3 share the 0-2 pair; with a heavy 0-3 edge only 1 is between
        Graph<Integer, DefaultWeightedEdge> g = undirected(4, 0, 1, 1, 2, 2, 3, 3, 0);
        assertThat(new BetweennessCentrality(g, LengthTransform.NONE, Normalization.RAW).scores())
                .containsExactly(0.5, 0.5, 0.5, 0.5);
        g.setEdgeWeight(g.getEdge(3, 0), 10);
        // IDENTITY: 0→3 goes 0-1-2-3 (length 3 < 10); 1 is on 0-2 and 0-3, 2 on 1-3 and 0-3
        assertThat(new BetweennessCentrality(g, LengthTransform.IDENTITY, Normalization.RAW).scores())
                .containsExactly(new double[] {0, 2, 2, 0}, within(1e-12));
        // INVERSE: the heavy edge is the shortest (0.1): 0-2 goes through 3 (1.1 < 2), 1-3 through 0
        assertThat(new BetweennessCentrality(g, LengthTransform.INVERSE, Normalization.RAW).scores())
                .containsExactly(new double[] {1, 0, 0, 1}, within(1e-12));
    }

    @Test
    void parallelEdgesAndSelfLoopsDoNotCountAsExtraPaths() {
        Graph<Integer, DefaultWeightedEdge> multi = new WeightedPseudograph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < 4; v++) {
            multi.addVertex(v);
        }
        multi.addEdge(0, 1);
        multi.addEdge(0, 1);
        multi.setEdgeWeight(multi.addEdge(0, 1), 5);
        multi.addEdge(1, 2);
        multi.addEdge(1, 1);
        multi.addEdge(0, 3);
        multi.addEdge(3, 2);
        // as the simple square 0-1-2-3-0: every vertex 0.5
        for (LengthTransform t : List.of(LengthTransform.NONE, LengthTransform.IDENTITY)) {
            assertThat(new BetweennessCentrality(multi, t, Normalization.RAW).scores())
                    .as(t.name()).containsExactly(new double[] {0.5, 0.5, 0.5, 0.5}, within(1e-12));
        }
    }

    @Test
    void oneThreadAndFourThreadsAgree() {
        for (String name : List.of("karate", "random_directed")) {
            for (LengthTransform t : LengthTransform.values()) {
                Graph<Integer, DefaultWeightedEdge> g = PathsReference.graphs().get(name).build(t);
                double[] one = new BetweennessCentrality(g, t, Normalization.RAW, 1).scores();
                double[] four = new BetweennessCentrality(g, t, Normalization.RAW, 4).scores();
                assertThat(four).as(name + " " + t).containsExactly(one, within(1e-12));
                double[] sampledOne = BetweennessCentrality.sampled(g, t, Normalization.RAW, 12, 9, 1).scores();
                double[] sampledFour = BetweennessCentrality.sampled(g, t, Normalization.RAW, 12, 9, 4).scores();
                assertThat(sampledFour).containsExactly(sampledOne, within(1e-12));
            }
        }
    }

    @Test
    void compactGraphInputGivesTheSameScores() {
        Graph<Integer, DefaultWeightedEdge> g = PathsReference.graphs().get("directed").build(LengthTransform.INVERSE);
        CompactGraph c = CompactGraph.of(g);
        assertThat(new BetweennessCentrality(c, LengthTransform.INVERSE, Normalization.RAW, 2).scores())
                .containsExactly(new BetweennessCentrality(g, LengthTransform.INVERSE, Normalization.RAW, 2).scores());
        assertThat(BetweennessCentrality.sampled(c, LengthTransform.INVERSE, Normalization.RAW, 4, 5, 2).scores())
                .containsExactly(BetweennessCentrality.sampled(g, LengthTransform.INVERSE, Normalization.RAW, 4, 5, 2)
                        .scores());
    }

    @Test
    void sampleOfAllVerticesIsExact() {
        for (String name : List.of("karate", "directed", "disconnected")) {
            for (Normalization norm : Normalization.values()) {
                for (LengthTransform t : List.of(LengthTransform.NONE, LengthTransform.NEG_LOG)) {
                    Graph<Integer, DefaultWeightedEdge> g = PathsReference.graphs().get(name).build(t);
                    int n = g.vertexSet().size();
                    BetweennessCentrality sampled = BetweennessCentrality.sampled(g, t, norm, n, 77);
                    assertThat(sampled.isSampled()).isTrue();
                    assertThat(sampled.sampleSize()).isEqualTo(n);
                    assertThat(sampled.errorBound(0.01)).isZero();
                    assertThat(sampled.scores())
                            .containsExactly(new BetweennessCentrality(g, t, norm).scores(), within(TOLERANCE));
                }
            }
        }
    }

    @Test
    void samplingErrorShrinksWithKAndStaysWithinTheBound() {
        Graph<Integer, DefaultWeightedEdge> karate = PathsReference.graphs().get("karate").build(LengthTransform.NONE);
        double[] exact = new BetweennessCentrality(karate).scores();
        int[] ks = {5, 15, 34};
        double[] meanError = new double[ks.length];
        int seeds = 30;
        for (int i = 0; i < ks.length; i++) {
            for (long seed = 0; seed < seeds; seed++) {
                BetweennessCentrality b = BetweennessCentrality.sampled(karate, LengthTransform.NONE,
                        Normalization.NORMALIZED, ks[i], seed, 1);
                double error = maxAbsDifference(b.scores(), exact);
                // + 1e-12: the exact scores were summed by more threads, in another order
                assertThat(error).as("k=%d seed=%d", ks[i], seed)
                        .isLessThanOrEqualTo(b.simultaneousErrorBound(0.01) + 1e-12)
                        .isLessThanOrEqualTo(b.errorBound(0.01 / 34) + 1e-12);
                meanError[i] += error / seeds;
            }
        }
        assertThat(meanError[2]).isLessThan(1e-12);
        assertThat(meanError[1]).isGreaterThan(meanError[2]).isLessThan(meanError[0]);
        // the same with a single fixed seed
        double e5 = maxAbsDifference(sampled(karate, 5, 42).scores(), exact);
        double e15 = maxAbsDifference(sampled(karate, 15, 42).scores(), exact);
        double e34 = maxAbsDifference(sampled(karate, 34, 42).scores(), exact);
        assertThat(e34).isLessThan(1e-12);
        assertThat(e15).isGreaterThan(e34).isLessThan(e5);
    }

    private static BetweennessCentrality sampled(Graph<Integer, DefaultWeightedEdge> g, int k, long seed) {
        return BetweennessCentrality.sampled(g, LengthTransform.NONE, Normalization.NORMALIZED, k, seed);
    }

    @Test
    void samplingIsReproducibleAndUniformOverSeeds() {
        Graph<Integer, DefaultWeightedEdge> karate = PathsReference.graphs().get("karate").build(LengthTransform.NONE);
        assertThat(sampled(karate, 7, 123).sources()).containsExactly(sampled(karate, 7, 123).sources());
        int[] hits = new int[34];
        for (long seed = 0; seed < 2000; seed++) {
            int[] s = sampled(karate, 5, seed).sources();
            assertThat(s).hasSize(5).doesNotHaveDuplicates();
            for (int v : s) {
                hits[v]++;
            }
        }
        // each vertex expected 2000 * 5/34 ≈ 294 times
        for (int h : hits) {
            assertThat(h).isBetween(220, 370);
        }
    }

    @Test
    void errorBoundFormula() {
        Graph<Integer, DefaultWeightedEdge> karate = PathsReference.graphs().get("karate").build(LengthTransform.NONE);
        double root = Math.sqrt(Math.log(2 / 0.05) / (2 * 9));
        assertThat(sampled(karate, 10, 1).errorBound(0.05)).isCloseTo(root, within(1e-15));
        assertThat(BetweennessCentrality.sampled(karate, LengthTransform.NONE, Normalization.RAW, 10, 1).errorBound(0.05))
                .isCloseTo(33 * 32 / 2.0 * root, within(1e-12));
        Graph<Integer, DefaultWeightedEdge> directed = PathsReference.graphs().get("random_directed")
                .build(LengthTransform.NONE);
        assertThat(BetweennessCentrality.sampled(directed, LengthTransform.NONE, Normalization.RAW, 10, 1)
                .errorBound(0.05)).isCloseTo(39 * 38 * root, within(1e-12));
        assertThat(sampled(karate, 10, 1).simultaneousErrorBound(0.05))
                .isCloseTo(Math.sqrt(Math.log(2 * 34 / 0.05) / (2 * 9)), within(1e-15));
        assertThat(sampled(karate, 1, 1).errorBound(0.05)).isInfinite();
        assertThat(new BetweennessCentrality(karate).errorBound(0.05)).isZero();
    }

    @Test
    void oneSampledSourceHasNoEstimateForItself() {
        Graph<Integer, DefaultWeightedEdge> karate = PathsReference.graphs().get("karate").build(LengthTransform.NONE);
        BetweennessCentrality b = sampled(karate, 1, 3);
        double[] scores = b.scores();
        int source = b.sources()[0];
        assertThat(scores[source]).isNaN();
        for (int v = 0; v < scores.length; v++) {
            if (v != source) {
                assertThat(scores[v]).isFinite();
            }
        }
    }

    @Test
    void tinyGraphsScoreZero() {
        assertThat(new BetweennessCentrality(undirected(0)).scores()).isEmpty();
        assertThat(new BetweennessCentrality(undirected(1)).scores()).containsExactly(0);
        assertThat(new BetweennessCentrality(undirected(2, 0, 1)).scores()).containsExactly(0, 0);
        assertThat(new BetweennessCentrality(undirected(2, 0, 1), LengthTransform.NONE, Normalization.RAW).scores())
                .containsExactly(0, 0);
    }

    @Test
    void rejectsBadParameters() {
        Graph<Integer, DefaultWeightedEdge> g = undirected(3, 0, 1, 1, 2);
        assertThatThrownBy(() -> new BetweennessCentrality(g, LengthTransform.NONE, Normalization.RAW, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
        assertThatThrownBy(() -> BetweennessCentrality.sampled(g, LengthTransform.NONE, Normalization.RAW, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k must be between 1 and n = 3");
        assertThatThrownBy(() -> BetweennessCentrality.sampled(g, LengthTransform.NONE, Normalization.RAW, 4, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k ");
        BetweennessCentrality b = BetweennessCentrality.sampled(g, LengthTransform.NONE, Normalization.RAW, 2, 1);
        for (double delta : new double[] {0, 1, -0.5, 2, Double.NaN}) {
            assertThatThrownBy(() -> b.errorBound(delta))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delta");
        }
        assertThatThrownBy(() -> b.getVertexScore(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsInvalidAndZeroLengthWeights() {
        Graph<Integer, DefaultWeightedEdge> g = directed(3, 0, 1, 1, 2);
        g.setEdgeWeight(g.getEdge(0, 1), 0.5);
        g.setEdgeWeight(g.getEdge(1, 2), 1.5);
        assertThatThrownBy(() -> new BetweennessCentrality(g, LengthTransform.NEG_LOG, Normalization.RAW).scores())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(1, 2)").hasMessageContaining("1.5");
        g.setEdgeWeight(g.getEdge(1, 2), 1.0);
        assertThatThrownBy(() -> new BetweennessCentrality(g, LengthTransform.NEG_LOG, Normalization.RAW).scores())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(1, 2)")
                .hasMessageContaining("length 0");
        g.setEdgeWeight(g.getEdge(1, 2), 0.0);
        assertThatThrownBy(() -> new BetweennessCentrality(g, LengthTransform.IDENTITY, Normalization.RAW).scores())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(1, 2)")
                .hasMessageContaining("length 0");
        // a zero-length self-loop is on no path and harmless
        Graph<Integer, DefaultWeightedEdge> loop = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < 3; v++) {
            loop.addVertex(v);
        }
        loop.setEdgeWeight(loop.addEdge(0, 1), 0.5);
        loop.setEdgeWeight(loop.addEdge(1, 2), 0.5);
        loop.setEdgeWeight(loop.addEdge(1, 1), 1.0);
        assertThat(new BetweennessCentrality(loop, LengthTransform.NEG_LOG, Normalization.RAW).scores())
                .containsExactly(0, 1, 0);
    }

    @Test
    void acceptsTheSparseCsrGraphsOfJGraphTOpt() {
        Graph<Integer, Integer> csr = new SparseIntUndirectedWeightedGraph(4, List.of(
                Triple.of(0, 1, 1.0), Triple.of(1, 2, 1.0), Triple.of(2, 3, 1.0)));
        assertThat(new BetweennessCentrality(csr, LengthTransform.IDENTITY, Normalization.RAW).scores())
                .containsExactly(new double[] {0, 2, 2, 0}, within(1e-12));
    }

    static Graph<Integer, DefaultWeightedEdge> undirected(int n, int... pairs) {
        Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        return fill(g, n, pairs);
    }

    static Graph<Integer, DefaultWeightedEdge> directed(int n, int... pairs) {
        Graph<Integer, DefaultWeightedEdge> g = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        return fill(g, n, pairs);
    }

    private static Graph<Integer, DefaultWeightedEdge> fill(Graph<Integer, DefaultWeightedEdge> g, int n, int[] pairs) {
        for (int v = 0; v < n; v++) {
            g.addVertex(v);
        }
        for (int i = 0; i < pairs.length; i += 2) {
            g.addEdge(pairs[i], pairs[i + 1]);
        }
        return g;
    }

    static double maxAbsDifference(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
