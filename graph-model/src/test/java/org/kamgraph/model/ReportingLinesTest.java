package org.kamgraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamgraph.model.ReportingLines.Cycle;
import org.kamgraph.model.ReportingLines.Line;

class ReportingLinesTest {
    static Line line(String report, String manager, String from, String to) {
        return new Line(report, manager, from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    @Test
    void aChainOfManagersIsNoCycle() {
        assertThat(ReportingLines.cycles(List.of(), List.of(line("A", "B", null, null), line("B", "C", null, null),
                line("D", "B", "2020-01-01", null)))).isEmpty();
    }

    @Test
    void theLineClosingACycleIsNamedWithTheChainAndTheDay() {
        List<Cycle> c = ReportingLines.cycles(List.of(line("COO", "CEO", null, null)),
                List.of(line("CFO", "COO", "2021-01-01", null), line("CEO", "CFO", "2024-05-01", null)));
        assertThat(c).hasSize(1);
        assertThat(c.getFirst().newLine()).isEqualTo(1);
        assertThat(c.getFirst().people()).containsExactly("CEO", "CFO", "COO", "CEO");
        assertThat(c.getFirst().on()).isEqualTo(LocalDate.parse("2024-05-01"));
        assertThat(c.getFirst().describe()).isEqualTo("a reporting-line cycle: CEO reports to CFO, CFO reports to COO, "
                + "COO reports to CEO (all valid on 2024-05-01)");
    }

    @Test
    void aPromotionOverTheYearsIsNoCycleButOverlappingLinesAre() {
        // A reported to B until 2024-12-31; B reports to A from 2025: never both on one day.
        assertThat(ReportingLines.cycles(List.of(line("A", "B", "2019-01-01", "2024-12-31")),
                List.of(line("B", "A", "2025-01-01", null)))).isEmpty();
        // The demo's case: 279 reported to 288 from 2025-12-01 to 2026-09-06 while 288 reported to 279 since 2019.
        List<Cycle> c = ReportingLines.cycles(List.of(), List.of(line("288", "279", "2019-11-20", null),
                line("279", "288", "2025-12-01", "2026-09-06")));
        assertThat(c).extracting(Cycle::on).containsExactly(LocalDate.parse("2025-12-01"));
        // The cycle holds on the later start of the chain, not the new line's.
        List<Cycle> later = ReportingLines.cycles(List.of(line("X", "Y", "2023-03-01", null)), List.of(line("Y", "X", "2020-01-01", null)));
        assertThat(later).extracting(Cycle::on).containsExactly(LocalDate.parse("2023-03-01"));
    }

    @Test
    void selfReportingAndUndatedCycles() {
        assertThat(ReportingLines.cycles(List.of(), List.of(line("A", "A", null, null)))).hasSize(1);
        List<Cycle> c = ReportingLines.cycles(List.of(line("A", "B", null, null)), List.of(line("B", "A", null, null)));
        assertThat(c).hasSize(1);
        assertThat(c.getFirst().on()).isNull();
    }

    @Test
    void aNewLineReplacesTheStoredOneOfTheSameIdentityAndStoredCyclesAreNotBlamedOnOthers() {
        // Ending the old line (same report, manager and validFrom) before the reverse one starts: no cycle.
        assertThat(ReportingLines.cycles(List.of(line("A", "B", "2019-01-01", null)),
                List.of(line("A", "B", "2019-01-01", "2024-12-31"), line("B", "A", "2025-01-01", null)))).isEmpty();
        assertThat(ReportingLines.cycles(List.of(line("A", "B", null, null), line("B", "A", null, null)),
                List.of(line("C", "D", null, null)))).isEmpty();
    }

    @Test
    void aRejectedLineIsNotUsedAgainstLaterOnes() {
        List<Cycle> c = ReportingLines.cycles(List.of(), List.of(line("A", "B", null, null), line("B", "A", null, null),
                line("C", "B", null, null)));
        assertThat(c).extracting(Cycle::newLine).containsExactly(1);
    }
}
