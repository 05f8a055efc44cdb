package org.kamgraph.cypher.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Import inputs written as text, for tests that need no database: files one after another, each under a line
 * {@code == Name.csv}; the lines up to the next such line are its content.
 *
 * <pre>
 * == Hospital.csv
 * id:ID(Hospital),name,beds:long
 * HOS-1,Riverside General,420
 * == PART_OF-Hospital-Idn.csv
 * :START_ID(Hospital),:END_ID(Idn)
 * HOS-1,IDN-1
 * </pre>
 */
final class CsvFiles {
    private CsvFiles() {
    }

    static List<CsvSource> of(String text) {
        List<CsvSource> sources = new ArrayList<>();
        String name = null;
        StringBuilder content = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("== ")) {
                if (name != null) {
                    sources.add(source(name, content.toString()));
                }
                name = line.substring(3).strip();
                content.setLength(0);
            } else if (name != null) {
                content.append(line).append('\n');
            }
        }
        if (name != null) {
            sources.add(source(name, content.toString()));
        }
        return sources;
    }

    static CsvSource source(String name, String content) {
        return CsvSource.of(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The readers of the files, for validation. */
    static List<RowReader> readers(String text) {
        return of(text).stream().<RowReader>map(CsvRowReader::new).toList();
    }

    /** Validates the files with no database behind them; the problems as the report lists them. */
    static List<String> problems(String text) {
        ImportValidation validation = new ImportValidation(readers(text), ImportProgress.NONE, null);
        validation.validate();
        validation.resolveEndpointsInDatabase(GraphWriter.none());
        validation.checkReportingLines(List.of());
        return validation.report(false, false, 0, 0, 0).problems().stream().map(ImportProblem::toString).toList();
    }
}
