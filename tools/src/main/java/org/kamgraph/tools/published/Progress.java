package org.kamgraph.tools.published;

/** Prints rows written and the rate every few seconds (to standard error). */
final class Progress {
    private final String what;
    private final long total;
    private final long start = System.nanoTime();
    private long lastPrint = start;
    private final boolean quiet;

    Progress(String what, long total, boolean quiet) {
        this.what = what;
        this.total = total;
        this.quiet = quiet;
    }

    void rows(long written) {
        long now = System.nanoTime();
        if (quiet || now - lastPrint < 5_000_000_000L) {
            return;
        }
        lastPrint = now;
        double s = (now - start) / 1e9;
        System.err.printf("%s: %,d of %,d rows (%.0f%%), %,.0f rows/s%n", what, written, total, 100.0 * written / total,
                written / s);
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
