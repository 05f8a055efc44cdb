package org.kamgraph.cypher.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamgraph.model.RelKind;

/** Rows and typed values: a small CSV written inline, and the rows and problems the reader yields (no database). */
class CsvRowReaderTest {

    /** Reads one file: its rows, then its problems as "line column: reason". */
    private record Read(List<InputRow> rows, List<String> problems) {
    }

    private static Read read(String name, String text) {
        CsvRowReader reader = new CsvRowReader(CsvFiles.source(name, text));
        List<String> problems = new ArrayList<>();
        RowReader.Problems sink = new RowReader.Problems() {
            public void row(long line, String column, String reason) {
                problems.add(line + " " + column + ": " + reason);
            }

            public void input(long line, String column, String reason) {
                problems.add(line + " " + column + ": (input) " + reason);
            }
        };
        List<InputRow> rows = new ArrayList<>();
        if (reader.shape(sink) != null) {
            reader.read(sink, rows::add);
        }
        return new Read(rows, problems);
    }

    private static Map<String, Object> props(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    @Test
    void typesEveryCellWithTheModelsTypeAndLeavesEmptyCellsOut() {
        Read r = read("Hospital.csv", """
                id:ID(Hospital),name,beds:int,teaching:boolean,validFrom:date,note:IGNORE
                HOS-1,Riverside General, 420 ,yes,2001-05-01,anything
                HOS-2,Riverside North,,,,
                """);

        assertThat(r.problems()).isEmpty();
        assertThat(r.rows()).containsExactly(
                new InputRow.Node(2, new GraphWriter.NodeRow("HOS-1", props("id", "HOS-1", "name", "Riverside General",
                        "beds", 420L, "teaching", true, "validFrom", LocalDate.of(2001, 5, 1))), true),
                new InputRow.Node(3, new GraphWriter.NodeRow("HOS-2", props("id", "HOS-2", "name", "Riverside North")), true));
    }

    @Test
    void aValueThatDoesNotParseNamesItsLineAndColumnAndLeavesTheRowIncomplete() {
        Read r = read("Hospital.csv", """
                id:ID(Hospital),name,beds:long,teaching:boolean
                HOS-1,Riverside General,many,maybe
                """);

        assertThat(r.rows()).singleElement().matches(row -> !((InputRow.Node) row).complete());
        assertThat(r.problems()).hasSize(2);
        assertThat(r.problems().get(0)).startsWith("2 beds: ");
        assertThat(r.problems().get(1)).startsWith("2 teaching: ");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsUnreadableButTrailingEmptyFieldsAreFine() {
        Read r = read("Idn.csv", """
                id:ID(Idn),name
                IDN-1
                IDN-2,Riverside Health,,
                IDN-3,Lakeshore,extra
                """);

        assertThat(r.rows()).extracting(InputRow::line).containsExactly(2L, 3L, 4L);
        assertThat(r.rows().get(0)).isEqualTo(new InputRow.Unreadable(2));
        assertThat(r.rows().get(1)).isInstanceOf(InputRow.Node.class);
        assertThat(r.problems()).containsExactly(
                "2 null: expected 2 columns but found 1",
                "4 null: expected 2 columns but found 3");
    }

    @Test
    void aRelationshipRowTakesItsTypeFromTheFileOrItsTypeCell() {
        Read byFile = read("INFLUENCES-Person-Clinician.csv", """
                :START_ID,:END_ID,strength
                PER-1,CLN-1,0.5
                """);
        Read byCell = read("edges.csv", """
                :START_ID(Clinician),:END_ID(Hospital),:TYPE
                CLN-1,HOS-1,WORKS_AT
                CLN-1,HOS-1,LIKES
                """);

        assertThat(byFile.rows()).containsExactly(new InputRow.Relationship(2, RelKind.INFLUENCES,
                new GraphWriter.RelRow("PER-1", "CLN-1", props("strength", 0.5)), true));
        assertThat(byCell.rows()).containsExactly(
                new InputRow.Relationship(2, RelKind.WORKS_AT, new GraphWriter.RelRow("CLN-1", "HOS-1", props()), true),
                new InputRow.Relationship(3, null, new GraphWriter.RelRow("CLN-1", "HOS-1", props()), false));
        assertThat(byCell.problems()).singleElement().asString().startsWith("3 :TYPE: unknown relationship type 'LIKES'; types: ");
    }

    @Test
    void aQuotedValueKeepsItsCommasAndLineBreaksAndALoneCarriageReturnReadsAsALineFeed() {
        Read r = read("Idn.csv", "id:ID(Idn),name\r\nIDN-1,\"Riverside, Health\"\r\nIDN-2,\"two\rlines\"\r\n");

        assertThat(r.problems()).isEmpty();
        assertThat(r.rows()).extracting(row -> ((InputRow.Node) row).row().props().get("name"))
                .containsExactly("Riverside, Health", "two\nlines");
    }

    @Test
    void aFileThatIsNotUtf8CannotBeRead() {
        Read r = read("Idn.csv", "id:ID(Idn),name\nIDN-1,Caf\u00e9\n");
        CsvRowReader reader = new CsvRowReader(CsvSource.of("Idn.csv", new byte[] {'i', 'd', ':', 'I', 'D', '(', 'I', 'd', 'n', ')', '\n', 'I', (byte) 0xC3, '(', '\n'}));
        List<String> problems = new ArrayList<>();
        RowReader.Problems sink = new RowReader.Problems() {
            public void row(long line, String column, String reason) {
                problems.add(reason);
            }

            public void input(long line, String column, String reason) {
                problems.add(reason);
            }
        };
        if (reader.shape(sink) != null) {
            reader.read(sink, row -> { });
        }

        assertThat(r.problems()).isEmpty();
        assertThat(problems).containsExactly("the file is not valid UTF-8");
    }
}
