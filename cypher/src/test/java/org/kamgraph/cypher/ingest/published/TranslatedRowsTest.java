package org.kamgraph.cypher.ingest.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.Emit;
import org.kamgraph.readers.Shape;

/** The one read's rows kept per shape: read back typed, with their lines, as often as asked; deleted on close. */
class TranslatedRowsTest {
    @TempDir
    Path dir;

    /** Counts what the recording Emit passes on. */
    private static final class Counting implements Emit {
        int nodes;
        int relationships;
        int rejects;
        int outside;
        final List<Long> atLines = new ArrayList<>();

        public void node(NodeKind kind, String id, Map<String, Object> props) {
            nodes++;
        }

        public void relationship(RelKind type, NodeKind from, String start, NodeKind to, String end, Map<String, Object> props) {
            relationships++;
        }

        public void reject(String column, String reason) {
            rejects++;
        }

        public void outsideRegion() {
            outside++;
        }

        public void atLine(long line) {
            atLines.add(line);
        }
    }

    private static Map<String, Object> props(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void rowsOfEachShapeComeBackTypedWithTheirLinesAndEveryCallIsPassedOn() throws Exception {
        Counting first = new Counting();
        Path spills = dir.resolve("spills");
        try (TranslatedRows rows = new TranslatedRows(spills, "staff file.csv", new ToyFormats.Staff())) {
            Emit out = rows.recording(first);
            rows.row(2);
            out.node(NodeKind.CLINICIAN, "NPI-1100000011", props("name", "ADA LARSEN", "npi", "1100000011", "specialty", null));
            out.relationship(RelKind.WORKS_AT, NodeKind.CLINICIAN, "NPI-1100000011", NodeKind.HOSPITAL, "CCN-430027",
                    props("validFrom", LocalDate.of(2024, 1, 2), "primary", true));
            rows.row(3);
            out.reject("Toy_NPI", "not an NPI");
            out.outsideRegion();
            rows.row(4);
            out.node(NodeKind.CLINICIAN, "NPI-1100000029", props("name", "BEN ÖLSON", "npi", "1100000029"));
            rows.finishing();
            out.node(NodeKind.CLINICIAN, "NPI-1100000037", props("name", "CARA", "npi", "1100000037"));
            out.node(NodeKind.CLINICIAN, "NPI-1100000045", props("name", "DEV", "npi", "1100000045"));
            out.atLine(3);
            out.node(NodeKind.CLINICIAN, "NPI-1100000052", props("name", "ERIN", "npi", "1100000052"));
            rows.complete();

            assertThat(first.nodes).isEqualTo(5);
            assertThat(first.relationships).isEqualTo(1);
            assertThat(first.rejects).isEqualTo(1);
            assertThat(first.outside).isEqualTo(1);
            assertThat(first.atLines).containsExactly(3L);
            Shape clinicians = Shape.nodes(NodeKind.CLINICIAN);
            assertThat(rows.rows(clinicians)).isEqualTo(5);
            for (int pass = 0; pass < 2; pass++) { // as often as validation and the writers ask
                List<TranslatedRows.Row> read = new ArrayList<>();
                rows.read(clinicians, read::add);
                // after the last line, one line each (5, 6), until an aggregate names its line (3)
                assertThat(read).extracting(TranslatedRows.Row::line).containsExactly(2L, 4L, 5L, 6L, 3L);
                assertThat(read.get(0).first()).isEqualTo("NPI-1100000011");
                assertThat(read.get(0).props()).containsExactly(Map.entry("name", "ADA LARSEN"), Map.entry("npi", "1100000011"));
                assertThat(read.get(1).props()).containsEntry("name", "BEN ÖLSON");
            }
            List<TranslatedRows.Row> works = new ArrayList<>();
            rows.read(Shape.relationships(RelKind.WORKS_AT, NodeKind.CLINICIAN, NodeKind.HOSPITAL), works::add);
            assertThat(works).singleElement().satisfies(r -> {
                assertThat(r.line()).isEqualTo(2);
                assertThat(r.first()).isEqualTo("NPI-1100000011");
                assertThat(r.second()).isEqualTo("CCN-430027");
                assertThat(r.props()).containsEntry("validFrom", LocalDate.of(2024, 1, 2)).containsEntry("primary", true);
            });
            assertThat(Files.list(spills).count()).isEqualTo(2);
        }
        assertThat(Files.exists(spills)).as("the shapes' files and their directory are deleted").isFalse();
    }

    @Test
    void numbersAreKeptAsTheModelTypesThem() throws Exception {
        try (TranslatedRows rows = new TranslatedRows(dir, "t.csv", new ToyFormats.Staff())) {
            Emit out = rows.recording(new Counting());
            rows.row(2);
            out.relationship(RelKind.WORKS_AT, NodeKind.CLINICIAN, "NPI-1100000011", NodeKind.HOSPITAL, "CCN-430027",
                    props("a", 7, "b", new BigDecimal("1.25"), "c", 3L, "d", 2.5f, "e", ""));
            rows.complete();
            List<TranslatedRows.Row> read = new ArrayList<>();
            rows.read(Shape.relationships(RelKind.WORKS_AT, NodeKind.CLINICIAN, NodeKind.HOSPITAL), read::add);
            assertThat(read.getFirst().props()).containsExactly(Map.entry("a", 7L), Map.entry("b", 1.25), Map.entry("c", 3L),
                    Map.entry("d", 2.5), Map.entry("e", ""));
        }
    }

    @Test
    void aValueOfAnotherTypeNamesTheFormatAndProperty() throws Exception {
        try (TranslatedRows rows = new TranslatedRows(dir, "t.csv", new ToyFormats.Staff())) {
            Emit out = rows.recording(new Counting());
            rows.row(2);
            assertThatThrownBy(() -> out.node(NodeKind.CLINICIAN, "NPI-1100000011", props("tags", List.of("a"))))
                    .hasMessageContaining("toy-staff").hasMessageContaining("tags");
        }
    }

    @Test
    void rowsOfShapesTheFormatDoesNotDeclareAreNotKept() throws Exception {
        try (TranslatedRows rows = new TranslatedRows(dir, "t.csv", new ToyFormats.Staff())) {
            Counting first = new Counting();
            Emit out = rows.recording(first);
            rows.row(2);
            out.node(NodeKind.PAYER, "PAY-1", props("name", "X"));
            rows.complete();
            assertThat(first.nodes).isEqualTo(1);
            assertThat(rows.rows(Shape.nodes(NodeKind.PAYER))).isZero();
        }
    }
}
