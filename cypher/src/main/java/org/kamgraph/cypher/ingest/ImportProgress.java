package org.kamgraph.cypher.ingest;

/** Progress of the write phase of an import, in rows. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
    };

    /** Writing starts; {@code totalRows} valid rows will be written. */
    default void start(long totalRows) {
    }

    /** A file's batch of {@code rows} was committed. */
    default void advance(String file, long rows) {
    }

    default void finish() {
    }
}
