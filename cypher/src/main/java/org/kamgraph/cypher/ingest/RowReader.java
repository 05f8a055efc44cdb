package org.kamgraph.cypher.ingest;

import java.util.function.Consumer;

/**
 * Reads one input in some format into typed rows: the seam in front of validation and the writers. The CSV files of
 * the neo4j-admin style are one format ({@code CsvRowReader}); readers for published data (NPPES, Part D, CRM
 * exports) plug in here and get the same validation, reports and writers. An input is read more than once
 * (validation, then writing), so {@link #read} must yield the same rows each time.
 */
public interface RowReader {

    /** Where problems go, with their position in the input; the input's name is added by the receiver. */
    interface Problems {
        /** Something wrong with one row (or, at line 1, with the header); the rest of the input is still read. */
        void row(long line, String column, String reason);

        /** The input cannot be read (further): none of it is written. */
        void input(long line, String column, String reason);
    }

    /** The name shown in problems and reports, e.g. {@code Hospital.csv}. */
    String name();

    /** Reads what the input holds; null when it is unusable (the reasons went to {@code problems}). */
    InputShape shape(Problems problems);

    /** Yields every row in order, after {@link #shape} returned a shape; a read error goes to {@link Problems#input}. */
    void read(Problems problems, Consumer<InputRow> rows);
}
