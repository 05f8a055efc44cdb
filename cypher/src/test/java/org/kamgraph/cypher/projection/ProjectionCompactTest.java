package org.kamgraph.cypher.projection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.model.NodeKind;

/** A projection owns one primitive view of its graph, made on first use, equal to a copy of its JGraphT graph. */
class ProjectionCompactTest {

    private static Projection projection(int[] s, int[] t, double[] w, boolean undirected) {
        NodeKind[] kinds = {NodeKind.PERSON, NodeKind.PERSON, NodeKind.PERSON};
        return Projection.of(kinds, new String[] {"P-1", "P-2", "P-3"}, new String[] {"A", "B", "C"}, s, t, w, undirected);
    }

    @Test
    void theCompactViewIsMadeOnceAndMatchesTheGraph() {
        for (boolean undirected : new boolean[] {false, true}) {
            Projection p = projection(new int[] {2, 0, 0, 1}, new int[] {1, 1, 2, 2}, new double[] {1.5, 0.0, 2.0, 0.25}, undirected);
            CompactGraph c = p.compact();
            assertThat(p.compact()).isSameAs(c);
            CompactGraph copy = CompactGraph.of(p.graph());
            assertThat(c.isDirected()).isEqualTo(!undirected);
            assertThat(c.outTargets()).containsExactly(copy.outTargets());
            assertThat(c.outWeights()).containsExactly(copy.outWeights());
            assertThat(c.inSources()).containsExactly(copy.inSources());
            assertThat(c.inWeights()).containsExactly(copy.inWeights());
            assertThat(c.positiveWeightsOnly()).isSameAs(p.compact().positiveWeightsOnly());
            assertThat(c.positiveWeightsOnly().arcCount()).isEqualTo(undirected ? 6 : 3);
        }
    }

    @Test
    void anEdgelessProjectionHasAnArclessView() {
        Projection p = projection(new int[0], new int[0], new double[0], false);
        assertThat(p.compact().vertexCount()).isEqualTo(3);
        assertThat(p.compact().arcCount()).isZero();
    }
}
