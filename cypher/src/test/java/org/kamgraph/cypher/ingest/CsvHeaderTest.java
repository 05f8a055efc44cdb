package org.kamgraph.cypher.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Header parsing: a file name and its header row, and what the importer makes of them (no database). */
class CsvHeaderTest {

    /** What a header holds and its typed property fields, or its problems, in one line. */
    private static String read(String fileName, String headerRow) {
        List<ImportProblem> problems = new ArrayList<>();
        var header = CsvHeader.parse(fileName, Arrays.asList(headerRow.split(",", -1)), problems);
        if (header.isEmpty()) {
            return problems.stream().map(p -> (p.column() == null ? "" : p.column() + ": ") + p.reason())
                    .collect(Collectors.joining(" | "));
        }
        InputShape s = header.get().shape();
        return s.holds() + s.properties().stream().map(f -> f.name() + ":" + f.spec().type().csvName())
                .collect(Collectors.joining(",", " [", "]"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # file name                   | header row                                          | holds [typed fields]
            Hospital.csv                  | id:ID(Hospital),name,beds:long,teaching:boolean     | Hospital [name:string,beds:long,teaching:boolean]
            hospitals.csv                 | id:ID(hospital),name,note:IGNORE                    | Hospital [name:string]
            Hospital.csv                  | id:ID,name                                          | Hospital [name:string]
            Hospital.csv                  | id:ID(Hospital),beds                                | Hospital [beds:long]
            Hospital.csv                  | id:ID(Hospital),beds:int                            | Hospital [beds:long]
            INFLUENCES.csv                | :START_ID(Person),:END_ID(Clinician),strength:double | INFLUENCES Person->Clinician [strength:double]
            INFLUENCES-Person-Clinician.csv | :START_ID,:END_ID,strength                        | INFLUENCES Person->Clinician [strength:double]
            edges.csv                     | :START_ID(Clinician),:END_ID(Hospital),:TYPE,validFrom:date | relationships Clinician->Hospital [validFrom:date]
            """)
    void readsWhatAFileHolds(String fileName, String headerRow, String expected) {
        assertThat(read(fileName, headerRow)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # file name     | header row                                   | problems (column: reason)
            Hospital.csv    | name,city                                    | the header needs an id:ID(Kind) column for nodes, or :START_ID(Kind) and :END_ID(Kind) columns for relationships
            mixed.csv       | id:ID(Hospital),:START_ID(Person),:END_ID(Idn) | a file holds either nodes (:ID) or relationships (:START_ID and :END_ID), not both
            edges.csv       | :START_ID(Person),:END_ID(Idn)               | cannot tell the relationship type: add a :TYPE column or name the file after the type (one of %TYPES%)
            Hospital.csv    | id:ID(Castle)                                | id:ID(Castle): unknown node kind 'Castle'; kinds: %KINDS%
            Hospital.csv    | key:ID(Hospital),name                        | key:ID(Hospital): the ID column is stored as the property 'id'; name it id:ID(Hospital)
            Hospital.csv    | id:ID(Hospital),beds:date                    | beds:date: 'beds' is long in the model but declared date
            Hospital.csv    | id:ID(Hospital),name,name                    | name: property 'name' appears twice
            Hospital.csv    | id:ID(Hospital),name:text                    | name:text: unknown type 'text'; use string, int, long, float, double, boolean, date or IGNORE
            """)
    void namesWhatIsWrongWithAHeader(String fileName, String headerRow, String expected) {
        assertThat(read(fileName, headerRow)).isEqualTo(expected
                .replace("%TYPES%", String.valueOf(org.kamgraph.model.RelKind.allTypes()))
                .replace("%KINDS%", String.valueOf(org.kamgraph.model.NodeKind.allLabels())));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hospital.csv    | id:ID(Hospital),color                        | color: 'color' is not a property of Hospital; known:
            """)
    void namesTheKnownPropertiesOfAKind(String fileName, String headerRow, String expectedStart) {
        assertThat(read(fileName, headerRow)).startsWith(expectedStart).endsWith("(or mark the column :IGNORE)");
    }
}
