package org.kamgraph.api.importing;

import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The import the service is running now, for {@code importStatus}: an upload of published files runs for minutes,
 * and another client (the web app, a script) asks how far it is. One import at a time is shown (the latest started).
 */
@Component
public class ImportStatus {

    /**
     * What {@code importStatus} answers. {@code phase} is {@code reading} (a file's first read: rows counted, rejects
     * written) or {@code writing} (validated rows being written); the rate and the time left are of the phase.
     */
    public record Snapshot(boolean running, String file, String phase, int filesDone, int files, long rowsRead,
                           long rowsWritten, long rowsToWrite, Double rowsPerSecond, Double secondsLeft,
                           String startedAt, String finishedAt) {
    }

    private Snapshot idle = new Snapshot(false, null, null, 0, 0, 0, 0, 0, null, null, null, null);
    private boolean running;
    private String file;
    private String phase;
    private int files;
    private int filesDone;
    private long rowsRead;
    private long rowsWritten;
    private long rowsToWrite;
    private Instant started;
    private long phaseStartedNanos;

    public synchronized void begin(int fileCount) {
        running = true;
        files = fileCount;
        filesDone = 0;
        rowsRead = rowsWritten = rowsToWrite = 0;
        file = null;
        phase = null;
        started = Instant.now();
    }

    public synchronized void reading(String name) {
        file = name;
        phase = "reading";
        rowsRead = 0;
        phaseStartedNanos = System.nanoTime();
    }

    public synchronized void read(long rows) {
        rowsRead = rows;
    }

    public synchronized void writing(long total) {
        phase = "writing";
        rowsToWrite = total;
        rowsWritten = 0;
        phaseStartedNanos = System.nanoTime();
    }

    public synchronized void advance(long rows) {
        rowsWritten += rows;
    }

    public synchronized void fileDone() {
        filesDone++;
    }

    public synchronized void end() {
        idle = new Snapshot(false, file, null, filesDone, files, rowsRead, rowsWritten, rowsToWrite, null, null,
                String.valueOf(started), String.valueOf(Instant.now()));
        running = false;
    }

    /** The running import, or the last one that ended (not running), or nothing yet. */
    public synchronized Snapshot snapshot() {
        if (!running) {
            return idle;
        }
        double seconds = Math.max(1e-3, (System.nanoTime() - phaseStartedNanos) / 1e9);
        boolean writing = "writing".equals(phase);
        long done = writing ? rowsWritten : rowsRead;
        Double rate = phase == null ? null : done / seconds;
        Double left = writing && rate != null && rate > 0 ? Math.max(0, rowsToWrite - rowsWritten) / rate : null;
        return new Snapshot(true, file, phase, filesDone, files, rowsRead, rowsWritten, rowsToWrite, rate, left,
                String.valueOf(started), null);
    }
}
