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
        assertThat(ids.of(NodeKind.CLINICIAN, 122)).isEqualTo("CLN-000123");
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
    void localSetsForgetOnClearAndGrow() {
        LocalSet s = new LocalSet();
        for (long k = 0; k < 5_000; k++) {
            assertThat(s.add(k * 7919)).isTrue();
        }
        assertThat(s.add(0)).isFalse();
        assertThat(s.add(4_999L * 7919)).isFalse();
        s.clear();
        assertThat(s.add(0)).isTrue();
        assertThat(s.add(-2)).isTrue();
        assertThat(s.add(-2)).isFalse();
    }
}
