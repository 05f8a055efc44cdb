package org.kamgraph.analytics.influence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamgraph.analytics.fixtures.TextMarket;
import org.kamgraph.cypher.projection.Projection;

class RanksTest {
    private final Projection p = TextMarket.directed("""
            Person PER-B Bo
            Person PER-A Al
            Person PER-C Cy
            Person PER-D Di
            """);

    @Test
    void highestFirstTiesByIdSharingTheirRank() {
        // Scores 0.5, 0.5, 0.2, 0.9: D first; A and B tie at rank 2 (A first by id); C is 4th, not 3rd.
        Ranks r = Ranks.all(p, new double[] {0.5, 0.5, 0.2, 0.9});
        assertThat(r.order()).containsExactly(3, 1, 0, 2);
        assertThat(r.rank()).containsExactly(2, 2, 4, 1);
    }

    @Test
    void verticesLeftOutHaveRankZero() {
        Ranks r = Ranks.of(p, List.of(0, 2), new double[] {0.1, 0.9, 0.3, 0.9});
        assertThat(r.order()).containsExactly(2, 0);
        assertThat(r.rank()).containsExactly(2, 0, 1, 0);
    }
}
