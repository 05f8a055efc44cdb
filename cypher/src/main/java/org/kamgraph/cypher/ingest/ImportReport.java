package org.kamgraph.cypher.ingest;

import java.util.List;

/**
 * What an import did: per file, rows read, valid and written; the problems found (the first
 * {@link #MAX_LISTED_PROBLEMS}, with the total count); whether anything was written.
 */
public record ImportReport(List<FileReport> files, List<ImportProblem> problems, long problemCount, boolean written,
                           boolean bulkMode, long nodesWritten, long relationshipsWritten, long elapsedMillis) {
    public static final int MAX_LISTED_PROBLEMS = 1_000;

    /** One file: what it held and what became of it. */
    public record FileReport(String file, String holds, long rows, long invalidRows, long written) {
    }

    /** The same report with another elapsed time, e.g. including a load step done after validation. */
    public ImportReport withElapsedMillis(long millis) {
        return new ImportReport(files, problems, problemCount, written, bulkMode, nodesWritten, relationshipsWritten, millis);
    }

    public boolean rejected() {
        return !written && problemCount > 0;
    }

    public long invalidRows() {
        return files.stream().mapToLong(FileReport::invalidRows).sum();
    }

    /** Relationships (or nodes) written per second of the whole run, validation included. */
    public double rowsPerSecond() {
        return elapsedMillis == 0 ? 0 : (nodesWritten + relationshipsWritten) * 1000.0 / elapsedMillis;
    }

    public String summary() {
        StringBuilder sb = new StringBuilder();
        if (rejected()) {
            sb.append("Import rejected: ").append(problemCount).append(" problem(s); nothing was written.\n");
        } else {
            sb.append(String.format("Imported %,d nodes and %,d relationships in %.1f s (%,.0f rows/s%s).%n",
                    nodesWritten, relationshipsWritten, elapsedMillis / 1000.0, rowsPerSecond(), bulkMode ? ", bulk mode" : ""));
            if (problemCount > 0) {
                sb.append("Skipped ").append(invalidRows()).append(" invalid row(s) with ").append(problemCount).append(" problem(s).\n");
            }
        }
        problems.forEach(p -> sb.append("  ").append(p).append('\n'));
        if (problemCount > problems.size()) {
            sb.append("  ... and ").append(problemCount - problems.size()).append(" more\n");
        }
        return sb.toString();
    }
}
