package org.kamgraph.cypher.ingest.published;

import org.kamgraph.cypher.ingest.ImportProgress;

/**
 * Progress of an import of published files: each file is first read once (rows counted, rejects written), then
 * validated and written as an import of its own ({@link ImportProgress#start} to {@link ImportProgress#finish}).
 */
public interface PublishedProgress extends ImportProgress {

    /** A file's first read starts; {@code bytes} is its size on disk (compressed, for an archive). */
    default void reading(String file, long bytes) {
    }

    /** The first read of {@code file} has read {@code rows} rows so far; called every 10,000 rows. */
    default void read(String file, long rows) {
    }

    /** The file is done (imported or refused). */
    default void fileDone(String file) {
    }
}
