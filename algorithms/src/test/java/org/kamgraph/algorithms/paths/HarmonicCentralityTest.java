package org.kamgraph.algorithms.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.kamgraph.algorithms.paths.BetweennessCentralityTest.directed;
import static org.kamgraph.algorithms.paths.BetweennessCentralityTest.undirected;
import static org.kamgraph.algorithms.paths.PathsReference.TOLERANCE;

import java.util.List;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.paths.PathsReference.Expected;
import org.kamgraph.algorithms.paths.PathsReference.RefGraph;

class HarmonicCentralityTest {

    static Stream<Expected> reference() {
        return PathsReference.expected("harmonic").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reference")
    void matchesNetworkX(Expected e) {
        RefGraph ref = PathsReference.graphs().get(e.graph());
        boolean normalized = e.measure().equals("harmonic_normalized");
        double[] scores = new HarmonicCentrality(ref.build(e.transform()), e.transform(), normalized, 2).scores();
        assertThat(scores).containsExactly(e.values(), within(TOLERANCE));
    }

    @Test
    void starAndDirectedPath() {
        Graph<Integer, DefaultWeightedEdge> star = undirected(5, 0, 1, 0, 2, 0, 3, 0, 4);
        // centre 4 · 1; leaf 1 + 3 · 1/2
        assertThat(new HarmonicCentrality(star).scores()).containsExactly(4, 2.5, 2.5, 2.5, 2.5);
        assertThat(new HarmonicCentrality(star, LengthTransform.NONE, true).scores())
                .containsExactly(1, 0.625, 0.625, 0.625, 0.625);
        // 0 → 1 → 2: distances to the vertex
        assertThat(new HarmonicCentrality(directed(3, 0, 1, 1, 2)).scores()).containsExactly(0, 1, 1.5);
    }

    @Test
    void zeroDistancesContributeNothing() {
        Graph<Integer, DefaultWeightedEdge> g = undirected(3, 0, 1, 1, 2);
        g.setEdgeWeight(g.getEdge(0, 1), 1.0);
        g.setEdgeWeight(g.getEdge(1, 2), 0.5);
        double l = -StrictMath.log(0.5);
        assertThat(new HarmonicCentrality(g, LengthTransform.NEG_LOG, false).scores())
                .containsExactly(new double[] {1 / l, 1 / l, 2 / l}, within(1e-12));
    }

    @Test
    void threadCountDoesNotMatter() {
        for (String name : List.of("karate", "random_directed", "disconnected")) {
            for (LengthTransform t : LengthTransform.values()) {
                Graph<Integer, DefaultWeightedEdge> g = PathsReference.graphs().get(name).build(t);
                double[] one = new HarmonicCentrality(g, t, false, 1).scores();
                assertThat(new HarmonicCentrality(g, t, false, 4).scores()).containsExactly(one, within(1e-12));
                assertThat(new HarmonicCentrality(CompactGraph.of(g), t, false, 3).scores())
                        .containsExactly(one, within(1e-12));
            }
        }
    }

    @Test
    void tinyGraphsAndBadParameters() {
        assertThat(new HarmonicCentrality(undirected(0)).scores()).isEmpty();
        assertThat(new HarmonicCentrality(undirected(1), LengthTransform.NONE, true).scores()).containsExactly(0);
        assertThatThrownBy(() -> new HarmonicCentrality(undirected(1), LengthTransform.NONE, true, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
        Graph<Integer, DefaultWeightedEdge> g = directed(2, 0, 1);
        g.setEdgeWeight(g.getEdge(0, 1), 0);
        assertThatThrownBy(() -> new HarmonicCentrality(g, LengthTransform.INVERSE, false).scores())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0, 1)")
                .hasMessageContaining("0.0");
    }
}
