package org.kamgraph.cypher.ingest;

/** Progress of an import, in rows: the validation pass, then the writes. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
    };

    /** Validation has read {@code rows} rows so far, now in {@code file}; called every 100,000 rows. */
    default void validating(String file, long rows) {
    }

    /** Writing starts; {@code totalRows} valid rows will be written. */
    default void start(long totalRows) {
    }

    /** A file's batch of {@code rows} was committed. */
    default void advance(String file, long rows) {
    }

    default void finish() {
    }

    /**
     * Every problem validation finds, as it finds it (the report lists only the first
     * {@link ImportReport#MAX_LISTED_PROBLEMS}): for callers that keep them all, e.g. in a reject file.
     */
    default void problem(ImportProblem problem) {
    }
}
