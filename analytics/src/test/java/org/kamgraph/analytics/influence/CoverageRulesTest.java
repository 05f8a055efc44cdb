package org.kamgraph.analytics.influence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.influence.InfluenceViews.AccountCoverage;
import org.kamgraph.analytics.influence.InfluenceViews.CoverageGap;
import org.kamgraph.analytics.influence.InfluenceViews.GapReason;
import org.kamgraph.cypher.influence.InfluenceQueries.AccountThreads;
import org.kamgraph.cypher.influence.InfluenceQueries.Coverage;
import org.kamgraph.cypher.influence.InfluenceQueries.PersonDetails;
import org.kamgraph.cypher.influence.InfluenceQueries.Thread;
import org.kamgraph.model.NodeKind;

class CoverageRulesTest {
    static final LocalDate STALE_BEFORE = LocalDate.of(2026, 6, 1);

    static Coverage cover(Double strength, LocalDate lastContact) {
        return new Coverage("TM-1", "Tess", strength, lastContact);
    }

    @Test
    void uncoveredWeakStaleOrFine() {
        assertThat(CoverageRules.reason(List.of(), 0.3, STALE_BEFORE)).isEqualTo(GapReason.UNCOVERED);
        assertThat(CoverageRules.reason(List.of(cover(0.2, null), cover(0.29, null)), 0.3, STALE_BEFORE)).isEqualTo(GapReason.WEAK);
        assertThat(CoverageRules.reason(List.of(cover(0.3, LocalDate.of(2026, 5, 31))), 0.3, STALE_BEFORE)).isEqualTo(GapReason.STALE);
        assertThat(CoverageRules.reason(List.of(cover(0.3, STALE_BEFORE)), 0.3, STALE_BEFORE)).isNull();
        // Unknown strength or date counts as fine.
        assertThat(CoverageRules.reason(List.of(cover(null, LocalDate.of(2020, 1, 1)), cover(0.1, null)), 0.3, STALE_BEFORE)).isNull();
    }

    @Test
    void aGapCarriesTheRankAndWhatIsKnownOfThePerson() {
        NodeSummary ann = new NodeSummary("PER-A", NodeKind.PERSON, "Ann");
        PersonDetails weak = new PersonDetails(List.of(), List.of(cover(0.1, null)), List.of("decider"));
        CoverageGap gap = CoverageRules.gap(ann, 0.42, 3, weak, 0.3, STALE_BEFORE);
        assertThat(gap.reason()).isEqualTo(GapReason.WEAK);
        assertThat(gap.influenceRank()).isEqualTo(3);
        assertThat(gap.dmuRoles()).containsExactly("decider");
        assertThat(gap.coverage()).singleElement().satisfies(c -> assertThat(c.teamMember().id()).isEqualTo("TM-1"));
        assertThat(CoverageRules.gap(ann, 0.42, 3, new PersonDetails(List.of(), List.of(cover(0.9, null)), List.of()), 0.3,
                STALE_BEFORE)).isNull();
    }

    @Test
    void anAccountHangingOnOneThreadIsFragile() {
        assertThat(CoverageRules.risk(0, 0)).isNull();
        assertThat(CoverageRules.risk(1, 1)).isEqualTo("ONE_RELATIONSHIP");
        assertThat(CoverageRules.risk(1, 3)).isEqualTo("ONE_MEMBER");
        assertThat(CoverageRules.risk(2, 2)).isNull();
        List<AccountCoverage> fragile = CoverageRules.fragile(List.of(
                new AccountThreads(NodeKind.HOSPITAL, "HOS-1", "St Ann", List.of(new Thread("TM-1", "Tess", 2))),
                new AccountThreads(NodeKind.CLINIC, "CLI-1", "Oak", List.of(new Thread("TM-1", "Tess", 1), new Thread("TM-2", "Tom", 1))),
                new AccountThreads(NodeKind.CLINIC, "CLI-2", "Elm", List.of())));
        assertThat(fragile).singleElement().satisfies(a -> {
            assertThat(a.account().id()).isEqualTo("HOS-1");
            assertThat(a.relationships()).isEqualTo(2);
            assertThat(a.risk()).isEqualTo("ONE_MEMBER");
        });
    }
}
