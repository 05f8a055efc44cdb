package org.kamgraph.analytics.influence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kamgraph.analytics.fixtures.TextMarket;
import org.kamgraph.analytics.influence.CentralityRows.Row;
import org.kamgraph.analytics.paging.Cursors;
import org.kamgraph.analytics.paging.Page;
import org.kamgraph.cypher.projection.Projection;

class CentralityRowsTest {
    // Scores 0.1, 0.7, 0.4, 0.7: ranked Bo, Di (tie at 0.7, rank 1 each, Bo first by id), Cy (3), Al (4).
    private final Projection p = TextMarket.directed("""
            Person PER-A Al
            Person PER-B Bo
            Person PER-C Cy
            Person PER-D Di
            """);
    private final double[] scores = {0.1, 0.7, 0.4, 0.7};

    @Test
    void highestFirstEachRowWithItsRankAndPosition() {
        var rows = CentralityRows.page(p, scores, new Page(1, 2), false);
        assertThat(rows).containsExactly(new Row("PER-D", p.kind(3), "Di", 0.7, 1, Cursors.cursor(1)),
                new Row("PER-C", p.kind(2), "Cy", 0.4, 3, Cursors.cursor(2)));
    }

    @Test
    void lowestFirstKeepsTheRanksOfTheHighestFirstOrder() {
        var rows = CentralityRows.page(p, scores, new Page(0, 10), true);
        assertThat(rows.stream().map(Row::id)).containsExactly("PER-A", "PER-C", "PER-D", "PER-B");
        assertThat(rows.stream().map(Row::rank)).containsExactly(4, 3, 1, 1);
    }
}
