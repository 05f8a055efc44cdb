package org.kamgraph.cypher.ingest.published;

import java.util.List;
import java.util.Map;

/**
 * What an import of published files did, file by file (in the order they were imported). A file is written whole or
 * not at all: a file refused (unreadable, or a required column missing) names the file, line and column, and the files
 * after it are not imported; the files before it stay written. JSON-friendly (records, lists and maps).
 *
 * @param refused   true when nothing at all was written: a file was refused before any write (its header)
 * @param incomplete true when some file was refused (then nothing of it, nor of the files after it, was written)
 * @param problems  why files were refused: {@code file:line column 'X': reason}
 */
public record PublishedReport(List<FileResult> files, boolean refused, boolean incomplete, List<String> problems,
                              long rowsRead, long nodesWritten, long relationshipsWritten, long rejected,
                              long outsideRegion, long elapsedMillis, double rowsPerSecond) {

    /** The report of these files; {@code incomplete} and rows/s follow from them. */
    public static PublishedReport of(List<FileResult> files, boolean refused, List<String> problems, long rowsRead,
                                     long nodesWritten, long relationshipsWritten, long rejected, long outsideRegion,
                                     long elapsedMillis) {
        boolean incomplete = refused || files.stream().anyMatch(f -> f.status() != Status.IMPORTED);
        return new PublishedReport(List.copyOf(files), refused, incomplete, List.copyOf(problems), rowsRead, nodesWritten,
                relationshipsWritten, rejected, outsideRegion, elapsedMillis, elapsedMillis == 0 ? 0 : rowsRead * 1000.0 / elapsedMillis);
    }

    /** How one file fared. */
    public enum Status { IMPORTED, REFUSED, NOT_IMPORTED }

    /** A reason rows were rejected, with how many. */
    public record ReasonCount(String reason, long count) {
    }

    /**
     * One file.
     *
     * @param written       rows written per shape ({@code Clinician}, {@code PRESCRIBES Clinician->Product})
     * @param rejectedRows  rows rejected (by the reader, or by the model's validation), per reason largest first
     * @param rejectFile    where the rejected rows are listed (line, column, reason); null when none were
     * @param ended         nodes and relationships a full snapshot ended (validTo set) because the file no longer holds them
     */
    public record FileResult(String file, String format, String asOf, Status status, String problem, long rowsRead,
                             Map<String, Long> written, long rejected, List<ReasonCount> rejectedRows,
                             long outsideRegion, String rejectFile, long ended, boolean bulkMode, long elapsedMillis) {
    }

    public String summary() {
        StringBuilder sb = new StringBuilder();
        if (refused) {
            sb.append("Import refused; nothing was written.\n");
            problems.forEach(p -> sb.append("  ").append(p).append('\n'));
            return sb.toString();
        }
        for (FileResult f : files) {
            sb.append(f.file()).append(" (").append(f.format()).append(", as of ").append(f.asOf()).append("): ");
            switch (f.status()) {
                case REFUSED -> sb.append("REFUSED, nothing of it written: ").append(f.problem()).append('\n');
                case NOT_IMPORTED -> sb.append("not imported (a file before it was refused)\n");
                case IMPORTED -> {
                    sb.append(String.format("%,d rows read in %.1f s", f.rowsRead(), f.elapsedMillis() / 1000.0));
                    if (f.outsideRegion() > 0) {
                        sb.append(String.format(", %,d outside the region", f.outsideRegion()));
                    }
                    if (f.ended() > 0) {
                        sb.append(String.format(", %,d ended (gone from this full snapshot)", f.ended()));
                    }
                    sb.append('\n');
                    f.written().forEach((shape, n) -> sb.append(String.format("  written %,d %s%n", n, shape)));
                    if (f.rejected() > 0) {
                        sb.append(String.format("  rejected %,d (listed in %s):%n", f.rejected(), f.rejectFile()));
                        f.rejectedRows().forEach(r -> sb.append(String.format("    %,8d  %s%n", r.count(), r.reason())));
                    }
                }
            }
        }
        sb.append(String.format("Total: %,d rows read, %,d nodes and %,d relationships written, %,d rejected, %,d outside the region, in %.1f s (%,.0f rows/s).%n",
                rowsRead, nodesWritten, relationshipsWritten, rejected, outsideRegion, elapsedMillis / 1000.0, rowsPerSecond()));
        return sb.toString();
    }
}
