package org.kamgraph.cypher.ingest;

/**
 * How an import runs.
 *
 * @param skipInvalid load the valid rows and report the rest; by default any problem rejects the whole import
 *                    and nothing is written
 * @param batchSize   rows per write transaction (each batch commits whole or not at all)
 * @param progress    receives progress of the write phase
 */
public record ImportOptions(boolean skipInvalid, int batchSize, ImportProgress progress) {
    public static final int DEFAULT_BATCH_SIZE = 10_000;
    public static final int MAX_BATCH_SIZE = 100_000;

    public ImportOptions {
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("batchSize must be between 1 and " + MAX_BATCH_SIZE + ", was " + batchSize);
        }
        progress = progress == null ? ImportProgress.NONE : progress;
    }

    public static ImportOptions defaults() {
        return new ImportOptions(false, DEFAULT_BATCH_SIZE, ImportProgress.NONE);
    }

    public ImportOptions withSkipInvalid(boolean skip) {
        return new ImportOptions(skip, batchSize, progress);
    }

    public ImportOptions withProgress(ImportProgress p) {
        return new ImportOptions(skipInvalid, batchSize, p);
    }
}
