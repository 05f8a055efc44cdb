package org.kamgraph.algorithms.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.kamgraph.algorithms.rank.Reference.EXACT;
import static org.kamgraph.algorithms.rank.Reference.MAX_ITERATIONS;
import static org.kamgraph.algorithms.rank.Reference.PAGERANK_TOLERANCE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

class PersonalizedPageRankTest {

    private static double[] ppr(Graph<Integer, ?> g, Map<Integer, Double> biases, boolean weighted,
                                PageRank.Output output) {
        PersonalizedPageRank pr = new PersonalizedPageRank(g, biases, 0.85, MAX_ITERATIONS, PAGERANK_TOLERANCE,
                weighted, output);
        assertThat(pr.convergence().converged()).isTrue();
        return pr.scoreArray();
    }

    private static double[] ppr(Graph<Integer, ?> g, Map<Integer, Double> biases, boolean weighted) {
        return ppr(g, biases, weighted, PageRank.Output.DISTRIBUTION);
    }

    @Test
    void karateClubSeedSetMatchesNetworkx() {
        Reference karate = Reference.karate();
        Graph<Integer, ?> g = karate.simpleUndirected();
        assertThat(ppr(g, Reference.KARATE_SEEDS, false)).containsExactly(karate.expected("personalized"), within(EXACT));
        assertThat(ppr(g, Reference.KARATE_SEEDS, true))
                .containsExactly(karate.expected("personalized_weighted"), within(EXACT));
    }

    @Test
    void florentineSeedSetMatchesNetworkx() {
        Reference florentine = Reference.florentine();
        assertThat(florentine.names.get(8)).isEqualTo("Medici");
        assertThat(ppr(florentine.sparseUndirected(), Reference.FLORENTINE_SEEDS, false))
                .containsExactly(florentine.expected("personalized"), within(EXACT));
    }

    @Test
    void danglingMassGoesToThePersonalizationVectorAsInNetworkx() {
        Reference directed = Reference.directed();
        Graph<Integer, ?> g = directed.sparseDirected();
        assertThat(ppr(g, Reference.DIRECTED_SEEDS, false))
                .containsExactly(directed.expected("personalized"), within(EXACT));
        assertThat(ppr(g, Reference.DIRECTED_SEEDS, true))
                .containsExactly(directed.expected("personalized_weighted"), within(EXACT));
        assertThat(PageRankTest.sum(ppr(g, Reference.DIRECTED_SEEDS, true))).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void unnormalizedOutputIsTheGdsSourceNodesFixedPoint() {
        Reference directed = Reference.directed();
        assertThat(ppr(directed.sparseDirected(), Reference.DIRECTED_SEEDS, false, PageRank.Output.UNNORMALIZED))
                .containsExactly(directed.expected("personalized_unnormalized"), within(EXACT));
        Reference karate = Reference.karate();
        assertThat(ppr(karate.simpleUndirected(), Reference.KARATE_SEEDS, false, PageRank.Output.UNNORMALIZED))
                .containsExactly(karate.expected("personalized_unnormalized"), within(EXACT));
    }

    @Test
    void reproducesTheGdsManualPersonalisedExample() {
        // gds.pageRank.stream('myGraph', {maxIterations: 20, dampingFactor: 0.85, sourceNodes: [siteA]})
        PersonalizedPageRank pr = new PersonalizedPageRank(Fixtures.gdsExample(), Map.of(Fixtures.SITE_A, 1.0),
                0.85, 19, 1e-15, false, PageRank.Output.UNNORMALIZED);
        double b = 0.01890325301726691;
        assertThat(pr.scoreArray()).containsExactly(new double[] {0.39902290442518784, 0.11220151747374331,
                0.11220151747374331, 0.11220151747374331, 0.16890325301726694, b, b, b}, within(1e-12));
    }

    @Test
    void uniformBiasesOverAllVerticesEqualPageRank() {
        for (Graph<Integer, ?> g : List.of(Reference.karate().simpleUndirected(), Reference.directed().sparseDirected())) {
            for (boolean weighted : new boolean[] {false, true}) {
                // any equal biases: they are normalized
                double[] pageRank = new PageRank(g, 0.85, MAX_ITERATIONS, PAGERANK_TOLERANCE, weighted,
                        PageRank.Output.DISTRIBUTION).scoreArray();
                assertThat(ppr(g, uniform(g, 7.0), weighted)).containsExactly(pageRank, within(1e-12));
                // GDS scale: raw biases, so bias 1 on every vertex is plain (unnormalized) PageRank
                double[] gds = new PageRank(g, 0.85, MAX_ITERATIONS, PAGERANK_TOLERANCE, weighted,
                        PageRank.Output.UNNORMALIZED).scoreArray();
                assertThat(ppr(g, uniform(g, 1.0), weighted, PageRank.Output.UNNORMALIZED))
                        .containsExactly(gds, within(1e-12));
            }
        }
    }

    private static Map<Integer, Double> uniform(Graph<Integer, ?> g, double bias) {
        Map<Integer, Double> biases = new HashMap<>();
        for (Integer v : g.vertexSet()) {
            biases.put(v, bias);
        }
        return biases;
    }

    @Test
    void ofSeedsGivesEachSeedBiasOne() {
        Graph<Integer, DefaultEdge> star = Fixtures.star(5);
        double[] viaSeeds = PersonalizedPageRank.ofSeeds(star, List.of(0, 3)).scoreArray();
        double[] viaMap = new PersonalizedPageRank(star, Map.of(0, 1.0, 3, 1.0)).scoreArray();
        assertThat(viaSeeds).containsExactly(viaMap, within(0.0));
        assertThat(viaSeeds[3]).isGreaterThan(viaSeeds[4]);
        assertThat(PageRankTest.sum(viaSeeds)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void rejectsInvalidSeedsAndParameters() {
        Graph<Integer, DefaultEdge> g = Fixtures.threeCycle();
        assertThatThrownBy(() -> new PersonalizedPageRank(g, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("biases").hasMessageContaining("seed");
        assertThatThrownBy(() -> new PersonalizedPageRank(g, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("biases must not be null");
        assertThatThrownBy(() -> new PersonalizedPageRank(g, Map.of(1, -0.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("biases must be non-negative and finite; vertex 1 has -0.5");
        assertThatThrownBy(() -> new PersonalizedPageRank(g, Map.of(1, Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("biases");
        assertThatThrownBy(() -> new PersonalizedPageRank(g, Map.of(0, 0.0, 1, 0.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("biases must not all be zero");
        assertThatThrownBy(() -> new PersonalizedPageRank(g, Map.of(3, 1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("biases names unknown vertex 3");
        assertThatThrownBy(() -> new PersonalizedPageRank(g, Map.of(-1, 1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown vertex -1");
        Map<Integer, Double> nullKey = new HashMap<>();
        nullKey.put(null, 1.0);
        assertThatThrownBy(() -> new PersonalizedPageRank(g, nullKey))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown vertex null");
        Map<Integer, Double> seed = Map.of(0, 1.0);
        assertThatThrownBy(() -> new PersonalizedPageRank(g, seed, 1.2, 10, 1e-6, true, PageRank.Output.DISTRIBUTION))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("dampingFactor must be in [0, 1), was 1.2");
        assertThatThrownBy(() -> new PersonalizedPageRank(g, seed, 0.85, 10, -1e-6, true, PageRank.Output.DISTRIBUTION))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("tolerance must be positive and finite, was -1.0E-6");
        assertThatThrownBy(() -> new PersonalizedPageRank(g, seed, 0.85, 0, 1e-6, true, PageRank.Output.DISTRIBUTION))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxIterations must be at least 1, was 0");
        assertThatThrownBy(() -> PersonalizedPageRank.ofSeeds(g, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("seeds must not be null");
    }
}
