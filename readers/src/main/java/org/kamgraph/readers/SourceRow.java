package org.kamgraph.readers;

/** One row of a published file, its fields found by the publisher's column names. */
public interface SourceRow {

    /** The line the row starts on (the header is line 1). */
    long line();

    /**
     * The field of a column (name matched ignoring case), stripped of surrounding blanks; null when the cell is empty
     * or the file has no such column.
     */
    String get(String column);

    /** Whether the file has this column at all. */
    boolean has(String column);
}
