package org.kamgraph.api.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The running import's status: phase, counts, and a rate and time left that follow from them. */
class ImportStatusTest {

    @Test
    void beforeAnyImportNothingRuns() {
        ImportStatus.Snapshot s = new ImportStatus().snapshot();
        assertThat(s.running()).isFalse();
        assertThat(s.files()).isZero();
        assertThat(s.startedAt()).isNull();
    }

    @Test
    void readingThenWritingThenEnded() throws InterruptedException {
        ImportStatus status = new ImportStatus();
        status.begin(2);
        status.reading("npidata_pfile_20050523-20250309.csv");
        status.read(10_000);
        ImportStatus.Snapshot reading = status.snapshot();
        assertThat(reading.running()).isTrue();
        assertThat(reading.phase()).isEqualTo("reading");
        assertThat(reading.rowsRead()).isEqualTo(10_000);
        assertThat(reading.rowsPerSecond()).isPositive();
        assertThat(reading.secondsLeft()).isNull(); // a first read does not know how many rows there are

        status.writing(1_000);
        status.advance(250);
        Thread.sleep(20);
        ImportStatus.Snapshot writing = status.snapshot();
        assertThat(writing.phase()).isEqualTo("writing");
        assertThat(writing.rowsWritten()).isEqualTo(250);
        // 750 rows left at the phase's rate: seconds left = 750 / (250 / elapsed) = 3 * elapsed.
        assertThat(writing.secondsLeft()).isCloseTo(750 / writing.rowsPerSecond(), org.assertj.core.data.Offset.offset(1e-6));

        status.fileDone();
        status.end();
        ImportStatus.Snapshot ended = status.snapshot();
        assertThat(ended.running()).isFalse();
        assertThat(ended.filesDone()).isEqualTo(1);
        assertThat(ended.rowsWritten()).isEqualTo(250);
        assertThat(ended.finishedAt()).isNotNull();
        assertThat(ended.rowsPerSecond()).isNull();
    }
}
