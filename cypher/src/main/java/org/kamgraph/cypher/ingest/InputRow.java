package org.kamgraph.cypher.ingest;

import org.kamgraph.cypher.ingest.GraphWriter.NodeRow;
import org.kamgraph.cypher.ingest.GraphWriter.RelRow;
import org.kamgraph.model.RelKind;

/**
 * One row as a {@link RowReader} yields it: typed values and the line it starts on. {@code complete} is false when a
 * value could not be read or typed (the reader has reported why, naming the column); validation then checks no
 * further than the row's ids.
 */
public sealed interface InputRow {
    /** Where the row starts in its input (1 is a CSV file's header). */
    long line();

    /** A node row; {@code row.props()} holds {@code id} too (null when the id is empty). */
    record Node(long line, NodeRow row, boolean complete) implements InputRow {
    }

    /** A relationship row; {@code type} is null when the row named an unknown type (reported). */
    record Relationship(long line, RelKind type, RelRow row, boolean complete) implements InputRow {
    }

    /** A row the reader could not make out at all (reported), e.g. with the wrong number of fields. */
    record Unreadable(long line) implements InputRow {
    }
}
