package org.kamgraph.cypher.ingest;

/** An import refused because of bad input; nothing was written. Carries the full report. */
public class ImportRejectedException extends RuntimeException {
    private final transient ImportReport report;

    public ImportRejectedException(ImportReport report) {
        super(report.summary());
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
