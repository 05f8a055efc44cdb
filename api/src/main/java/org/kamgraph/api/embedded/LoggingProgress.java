package org.kamgraph.api.embedded;

import org.kamgraph.cypher.ingest.ImportProgress;
import org.slf4j.Logger;

/** Import progress for the server log: rows done, rate and time left, every few seconds. */
public final class LoggingProgress implements ImportProgress {
    private final Logger log;
    private long total;
    private long done;
    private long started;
    private long lastLog;

    public LoggingProgress(Logger log) {
        this.log = log;
    }

    @Override
    public void validating(String file, long rows) {
        long now = System.nanoTime();
        if (now - lastLog > 5_000_000_000L) {
            lastLog = now;
            log.info("Import: validated {} rows ({})", rows, file);
        }
    }

    @Override
    public void start(long totalRows) {
        total = totalRows;
        done = 0; // a new import (the published files start one per file)
        started = lastLog = System.nanoTime();
    }

    @Override
    public void advance(String file, long rows) {
        done += rows;
        long now = System.nanoTime();
        if (now - lastLog > 5_000_000_000L) {
            lastLog = now;
            double seconds = (now - started) / 1e9;
            double rate = done / Math.max(seconds, 1e-9);
            log.info("Import: {}/{} rows ({}%), {} rows/s, about {} s left ({})", done, total, total == 0 ? 100 : done * 100 / total,
                    Math.round(rate), Math.round((total - done) / Math.max(rate, 1)), file);
        }
    }
}
