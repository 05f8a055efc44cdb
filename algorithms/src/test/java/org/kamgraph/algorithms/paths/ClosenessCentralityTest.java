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
import org.kamgraph.algorithms.paths.ClosenessCentrality.Variant;
import org.kamgraph.algorithms.paths.PathsReference.Expected;
import org.kamgraph.algorithms.paths.PathsReference.RefGraph;

class ClosenessCentralityTest {

    static Stream<Expected> reference() {
        return PathsReference.expected("closeness_").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reference")
    void matchesNetworkX(Expected e) {
        RefGraph ref = PathsReference.graphs().get(e.graph());
        Variant variant = e.measure().equals("closeness_wf") ? Variant.WASSERMAN_FAUST : Variant.REACHABLE;
        double[] scores = new ClosenessCentrality(ref.build(e.transform()), e.transform(), variant, 2).scores();
        assertThat(scores).containsExactly(e.values(), within(TOLERANCE));
    }

    @Test
    void star() {
        Graph<Integer, DefaultWeightedEdge> star = undirected(5, 0, 1, 0, 2, 0, 3, 0, 4);
        // centre: 4 / (1+1+1+1) = 1; leaf: 4 / (1 + 3·2) = 4/7
        assertThat(new ClosenessCentrality(star).scores())
                .containsExactly(new double[] {1, 4 / 7.0, 4 / 7.0, 4 / 7.0, 4 / 7.0}, within(1e-15));
    }

    @Test
    void directedClosenessUsesDistancesToTheVertex() {
        // 0 → 1 → 2: nobody reaches 0; 1 is reached by 0 (1); 2 by 1 (1) and 0 (2)
        Graph<Integer, DefaultWeightedEdge> path = directed(3, 0, 1, 1, 2);
        assertThat(new ClosenessCentrality(path, LengthTransform.NONE, Variant.REACHABLE).scores())
                .containsExactly(new double[] {0, 1, 2 / 3.0}, within(1e-15));
        // Wasserman–Faust scales by (r−1)/(n−1): 1 · 1/2 and 2/3 · 2/2
        assertThat(new ClosenessCentrality(path).scores())
                .containsExactly(new double[] {0, 0.5, 2 / 3.0}, within(1e-15));
    }

    @Test
    void zeroLengthEdgesAreAllowed() {
        Graph<Integer, DefaultWeightedEdge> g = undirected(3, 0, 1, 1, 2);
        g.setEdgeWeight(g.getEdge(0, 1), 1.0);
        g.setEdgeWeight(g.getEdge(1, 2), 0.5);
        double l = -StrictMath.log(0.5);
        // distances: d(0,1) = 0, d(1,2) = l, d(0,2) = l
        assertThat(new ClosenessCentrality(g, LengthTransform.NEG_LOG, Variant.REACHABLE).scores())
                .containsExactly(new double[] {2 / l, 2 / l, 2 / (2 * l)}, within(1e-12));
        Graph<Integer, DefaultWeightedEdge> pair = undirected(2, 0, 1);
        pair.setEdgeWeight(pair.getEdge(0, 1), 1.0);
        assertThat(new ClosenessCentrality(pair, LengthTransform.NEG_LOG, Variant.REACHABLE).scores())
                .containsExactly(0, 0); // total distance 0: NetworkX gives 0
    }

    @Test
    void threadCountDoesNotMatter() {
        for (String name : List.of("karate", "random_directed", "disconnected")) {
            for (LengthTransform t : LengthTransform.values()) {
                Graph<Integer, DefaultWeightedEdge> g = PathsReference.graphs().get(name).build(t);
                double[] one = new ClosenessCentrality(g, t, Variant.WASSERMAN_FAUST, 1).scores();
                assertThat(new ClosenessCentrality(g, t, Variant.WASSERMAN_FAUST, 4).scores())
                        .containsExactly(one, within(1e-12));
                assertThat(new ClosenessCentrality(CompactGraph.of(g), t, Variant.WASSERMAN_FAUST, 3).scores())
                        .containsExactly(one, within(1e-12));
            }
        }
    }

    @Test
    void tinyGraphs() {
        assertThat(new ClosenessCentrality(undirected(0)).scores()).isEmpty();
        assertThat(new ClosenessCentrality(undirected(1)).scores()).containsExactly(0);
        assertThat(new ClosenessCentrality(undirected(2)).getScores()).containsEntry(0, 0.0).containsEntry(1, 0.0);
    }

    @Test
    void rejectsBadParametersAndWeights() {
        Graph<Integer, DefaultWeightedEdge> g = directed(3, 0, 1, 1, 2);
        assertThatThrownBy(() -> new ClosenessCentrality(g, LengthTransform.NONE, Variant.REACHABLE, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
        g.setEdgeWeight(g.getEdge(1, 2), -2);
        assertThatThrownBy(() -> new ClosenessCentrality(g, LengthTransform.IDENTITY, Variant.REACHABLE).scores())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(1, 2)")
                .hasMessageContaining("-2.0");
    }
}
