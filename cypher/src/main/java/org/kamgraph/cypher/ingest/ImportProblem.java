package org.kamgraph.cypher.ingest;

/**
 * One thing wrong with the input: the file, the line (1 = header), the column (or {@code null} for the whole
 * row or file) and why.
 */
public record ImportProblem(String file, long line, String column, String reason) {
    @Override
    public String toString() {
        return file + ":" + line + (column == null ? "" : " column '" + column + "'") + ": " + reason;
    }
}
