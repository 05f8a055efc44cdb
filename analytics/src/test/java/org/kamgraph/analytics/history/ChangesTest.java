package org.kamgraph.analytics.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.history.Changes.RankChange;
import org.kamgraph.analytics.history.Changes.RankChanges;
import org.kamgraph.analytics.history.Changes.RelationshipChanges;
import org.kamgraph.analytics.history.Changes.Standing;
import org.kamgraph.cypher.history.HistoryQueries;
import org.kamgraph.cypher.history.HistoryQueries.End;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

class ChangesTest {
    private static final NodeSummary ADA = person("CLN-1", "Dr Ada");
    private static final NodeSummary BO = person("CLN-2", "Dr Bo");
    private static final NodeSummary CY = person("CLN-3", "Dr Cy");
    private static final NodeSummary DEE = person("CLN-4", "Dr Dee");

    /**
     * Top 2 on the earlier day: Ada 1, Bo 2 (Cy 3 just below); on the later day: Cy 1, Ada 2 (Bo 3, Dee 4).
     * By hand: Cy entered (from 3 to 1), Bo left (from 2 to 3), Ada moved (1 to 2); Dee is outside both tops.
     */
    @Test
    void whoEnteredLeftAndMovedWithinTheTop() {
        List<Standing> before = List.of(new Standing(ADA, 1, 0.40), new Standing(BO, 2, 0.30), new Standing(CY, 3, 0.20));
        List<Standing> after = List.of(new Standing(CY, 1, 0.45), new Standing(ADA, 2, 0.35), new Standing(BO, 3, 0.10),
                new Standing(DEE, 4, 0.05));

        RankChanges c = Changes.ranking(before, after, 2);

        assertThat(c.entered()).containsExactly(new RankChange(CY, 3, 1, 0.20, 0.45));
        assertThat(c.left()).containsExactly(new RankChange(BO, 2, 3, 0.30, 0.10));
        assertThat(c.moved()).containsExactly(new RankChange(ADA, 1, 2, 0.40, 0.35));
    }

    @Test
    void withoutAnEarlierRankingEveryoneInTheTopEntered() {
        List<Standing> after = List.of(new Standing(ADA, 1, 0.6), new Standing(BO, 2, 0.4));

        RankChanges c = Changes.ranking(null, after, 5);

        assertThat(c.entered()).extracting(RankChange::person, RankChange::rankBefore, RankChange::rankAfter)
                .containsExactly(tuple(ADA, null, 1), tuple(BO, null, 2));
        assertThat(c.left()).isEmpty();
        assertThat(c.moved()).isEmpty();
    }

    @Test
    void someoneWhoLeftTheRankingAltogetherHasNoPlaceAfter() {
        List<Standing> before = List.of(new Standing(ADA, 1, 0.6), new Standing(BO, 2, 0.4));
        List<Standing> after = List.of(new Standing(ADA, 1, 0.9), new Standing(BO, 0, 0.0));

        RankChanges c = Changes.ranking(before, after, 1);

        assertThat(c.left()).isEmpty();
        assertThat(Changes.ranking(before, List.of(new Standing(CY, 1, 1.0)), 2).left())
                .extracting(RankChange::person, RankChange::rankAfter, RankChange::scoreAfter)
                .containsExactly(tuple(ADA, null, null), tuple(BO, null, null));
    }

    @Test
    void relationshipsAreSplitIntoBegunAndEndedAndBounded() {
        End ada = new End(NodeKind.CLINICIAN, "CLN-1", "Dr Ada");
        End bo = new End(NodeKind.CLINICIAN, "CLN-2", "Dr Bo");
        LocalDate d = LocalDate.of(2026, 3, 1);
        List<HistoryQueries.RelationshipChange> rows = List.of(
                new HistoryQueries.RelationshipChange(RelKind.INFLUENCES, ada, bo, d, null, 0.8, null, null, null, true),
                new HistoryQueries.RelationshipChange(RelKind.INFLUENCES, bo, ada, null, d, 0.5, null, null, null, false),
                new HistoryQueries.RelationshipChange(RelKind.INFLUENCES, bo, ada, d, null, 0.6, null, null, null, true));

        RelationshipChanges all = Changes.relationships(rows, 3);
        RelationshipChanges two = Changes.relationships(rows, 2);

        assertThat(all.begun()).hasSize(2);
        assertThat(all.ended()).singleElement().satisfies(r -> assertThat(r.from().id()).isEqualTo("CLN-2"));
        assertThat(all.truncated()).isFalse();
        assertThat(two.begun()).hasSize(1);
        assertThat(two.ended()).hasSize(1);
        assertThat(two.truncated()).isTrue();
    }

    private static NodeSummary person(String id, String name) {
        return new NodeSummary(id, NodeKind.CLINICIAN, name);
    }
}
