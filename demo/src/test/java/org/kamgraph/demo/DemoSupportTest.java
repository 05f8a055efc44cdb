package org.kamgraph.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.Npi;
import org.kamgraph.model.RelKind;

class DemoSupportTest {
    @TempDir
    Path tmp;

    @Test
    void randomStreamsArePinned() {
        // the generator's output is only reproducible if these never change
        Rng r = Rng.of(42, 1, 0);
        assertThat(r.nextLong()).isEqualTo(-3514803568527469300L);
        assertThat(r.nextLong()).isEqualTo(3705907425619363021L);
        assertThat(r.nextInt(1000)).isEqualTo(802);
        assertThat(Rng.of(42, 1, 1).nextLong()).isEqualTo(-5670304441114938542L);
        Rng a = Rng.of(5, 7, 9);
        Rng b = new Rng(0).reset(5, 7, 9);
        for (int i = 0; i < 100; i++) {
            assertThat(a.nextInt(17)).isEqualTo(b.nextInt(17)).isBetween(0, 16);
        }
    }

    @Test
    void npisAreValidAndUniqueAndIdsArePadded() {
        Market m = new Market(new DemoMarketSpec(3, 0.02));
        Ids ids = new Ids(m);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            String npi = ids.npi(i % 2 == 0, i / 2);
            assertThat(Npi.isValid(npi)).as(npi).isTrue();
            assertThat(seen.add(npi)).as(npi).isTrue();
        }
        assertThat(ids.of(NodeKind.HOSPITAL, 0)).isEqualTo("HOS-0001");
        assertThat(ids.of(NodeKind.CLINICIAN, 122)).isEqualTo("NPI-" + ids.npi(false, 122));
        assertThat(ids.of(NodeKind.TEAM_MEMBER, 9)).isEqualTo("TM-0010");
    }

    @Test
    void decimalsHaveNoExponentAndFixedPlaces() {
        assertThat(Ids.decimal(0.5, 3)).isEqualTo("0.500");
        assertThat(Ids.decimal(0.0004, 3)).isEqualTo("0.000");
        assertThat(Ids.decimal(1, 3)).isEqualTo("1.000");
        assertThat(Ids.decimal(123.456, 2)).isEqualTo("123.46");
        assertThat(Ids.decimal(9.5e11, 2)).isEqualTo("950000000000.00");
        assertThatThrownBy(() -> Ids.decimal(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSinkRefusesWhatTheModelDoesNotAllow() throws IOException {
        try (CsvSink sink = new CsvSink(tmp)) {
            assertThatThrownBy(() -> sink.nodes(NodeKind.HOSPITAL, List.of(Prop.ID, Prop.STRENGTH)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strength");
            assertThatThrownBy(() -> sink.nodes(NodeKind.TEAM_MEMBER, List.of(Prop.ID, Prop.NAME)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("role");
            assertThatThrownBy(() -> sink.rels(RelKind.INFLUENCES, NodeKind.PERSON, NodeKind.PRODUCT))
                    .isInstanceOf(IllegalStateException.class);
            CsvSink.Table t = sink.rels(RelKind.INFLUENCES, NodeKind.PERSON, NodeKind.CLINICIAN);
            CsvSink.Row row = new CsvSink.Row().set(Prop.STRENGTH, "0.5").set(Prop.TIER, "1");
            assertThatThrownBy(() -> t.write("PER-1", "CLN-1", row)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("tier");
            CsvSink.Row noStrength = new CsvSink.Row().set(Prop.BASIS, "peer");
            assertThatThrownBy(() -> t.write("PER-1", "CLN-1", noStrength)).hasMessageContaining("strength");
        }
    }

    @Test
    void generatedFileNamesAreRecognisedExactly() {
        assertThat(CsvSink.isGeneratedName("Hospital.csv")).isTrue();
        assertThat(CsvSink.isGeneratedName("INFLUENCES-Person-Clinician.csv")).isTrue();
        assertThat(CsvSink.isGeneratedName("hospital.csv")).isFalse();
        assertThat(CsvSink.isGeneratedName("INFLUENCES.csv")).isFalse();
        assertThat(CsvSink.isGeneratedName("INFLUENCES-Person-Nobody.csv")).isFalse();
        assertThat(CsvSink.isGeneratedName("notes.csv")).isFalse();
        assertThat(CsvSink.isGeneratedName("Hospital.csv.bak")).isFalse();
    }

    @Test
    void aMixSharesAllTheMoneyOverEveryProductAboveTheThresholdByWeight() {
        // product 0 (1 of 1,112) is below 0.1% of the weight: dropped, the rest renormalised over 1,111
        Mix mix = Mix.complete(new double[] {1, 0, 500, 300, 300, 11}, 0.001);
        assertThat(mix.products).containsExactly(2, 3, 4, 5); // ties go to the lower product
        assertThat(mix.shares[0]).isCloseTo(500.0 / 1_111, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(mix.covered()).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(mix.share(0)).isZero();
        assertThat(mix.share(1)).isZero();
        double[] sum = new double[6];
        mix.addTo(sum, 1_000);
        assertThat(sum[2] + sum[3] + sum[4] + sum[5]).isCloseTo(1_000, org.assertj.core.api.Assertions.within(1e-9));
        // the mix of money spread over several mixes is exact and drops nothing: 300 and 1 of 301
        Mix all = Mix.aggregate(new double[] {300, 0, 0, 0, 0.01});
        assertThat(all.products).containsExactly(0, 4);
        assertThat(all.shares[1]).isCloseTo(0.01 / 300.01, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(Mix.aggregate(new double[5]).products).isEmpty();
    }

    @Test
    void aMixSplitsAnAmountInWholeCentsThatAddUpToItExactly() {
        Mix thirds = Mix.complete(new double[] {1, 1, 1}, 0);
        assertThat(thirds.cents(100)).containsExactly(34, 33, 33); // the cent left goes to the first of equal remainders
        Mix mix = Mix.complete(new double[] {0.5, 0.3, 0.2}, 0);
        assertThat(mix.cents(1)).containsExactly(1, 0, 0);
        assertThat(mix.cents(7)).containsExactly(4, 2, 1); // 3.5, 2.1, 1.4: floors 3+2+1, the cent to 0.5
        Rng rng = new Rng(3);
        for (int t = 0; t < 2_000; t++) {
            double[] w = new double[30];
            for (int i = 0; i < w.length; i++) {
                w[i] = rng.lognormal(1, 1.5);
            }
            long amount = (long) rng.lognormal(50_000_000_00L, 2);
            long[] parts = Mix.complete(w, 0.001).cents(amount);
            assertThat(java.util.Arrays.stream(parts).sum()).isEqualTo(amount);
            assertThat(java.util.Arrays.stream(parts).min().orElse(0)).isNotNegative();
        }
        assertThat(Mix.EMPTY.cents(500)).isEmpty();
    }

    @Test
    void organizationNamesAreNeverNumberedEvenWhenEveryDrawIsTaken() {
        Market m = new Market(new DemoMarketSpec(3, 0.02));
        Market.Region r = m.regions.getFirst();
        Set<String> used = new HashSet<>();
        String[] one = {"%C General Hospital"};
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 25; i++) {
            String n = OrgNames.draw(used, one, r, 0, new Rng(i));
            assertThat(n).doesNotMatch(".*\\d.*").startsWith(r.cities[0] + " General Hospital");
            assertThat(names.add(n)).as(n).isTrue();
        }
        assertThat(names).contains(r.cities[0] + " General Hospital", r.cities[0] + " General Hospital, North Campus");
        assertThat(OrgNames.healthPlanOf("Beacon Health")).isEqualTo("Beacon Health Plan");
        assertThat(OrgNames.healthPlanOf("Summit Medical Center")).isEqualTo("Summit Medical Center Health Plan");
    }

    @Test
    void theTimelineMovesReferenceYearsToTodaysYearAndKeepsTodayExact() {
        Timeline t = new Timeline(java.time.LocalDate.of(2028, 3, 5));
        assertThat(Dates.format(t.today)).isEqualTo("2028-03-05");
        assertThat(Dates.format(t.yearStart(2026))).isEqualTo("2028-01-01");
        assertThat(Dates.format(t.of(2024, 2, 29))).isEqualTo("2026-02-28"); // no 29th in 2026
        assertThat(t.referenceYear(t.of(2019, 6, 1))).isEqualTo(2019);
        assertThat(Dates.format(new Timeline(DemoMarketSpec.REFERENCE_DATE).early())).isEqualTo("2018-01-01");
    }
}
