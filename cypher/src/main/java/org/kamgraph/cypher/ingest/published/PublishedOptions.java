package org.kamgraph.cypher.ingest.published;

import java.nio.file.Path;
import java.time.LocalDate;
import org.kamgraph.cypher.ingest.ImportOptions;
import org.kamgraph.cypher.ingest.ImportProgress;
import org.kamgraph.readers.Region;

/**
 * How an import of published files runs.
 *
 * @param format     a format's name, or {@code auto} to detect each file's format from its header
 * @param region     the states to keep ({@link Region#ALL}: all)
 * @param asOf       the day the data is as of when a file's name does not say; null: today
 * @param rejectsDir where each file's rejected rows go ({@code <file>.rejects.csv})
 * @param batchSize  rows per write transaction
 * @param progress   rows read, validated and written, per file
 */
public record PublishedOptions(String format, Region region, LocalDate asOf, Path rejectsDir, int batchSize,
                               ImportProgress progress) {
    public static final String AUTO = "auto";

    public PublishedOptions {
        format = format == null || format.isBlank() ? AUTO : format.strip().toLowerCase(java.util.Locale.ROOT);
        region = region == null ? Region.ALL : region;
        rejectsDir = rejectsDir == null ? Path.of("data", "rejects") : rejectsDir;
        progress = progress == null ? ImportProgress.NONE : progress;
        new ImportOptions(true, batchSize, progress); // checks the batch size
    }

    private static final java.util.regex.Pattern STATE = java.util.regex.Pattern.compile("[A-Za-z]{2}");

    /** The region of {@code --states=SD,ND} (blank: all); anything but two-letter codes fails naming it. */
    public static Region states(String states) {
        if (states == null || states.isBlank()) {
            return Region.ALL;
        }
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        for (String s : states.split(",")) {
            if (!STATE.matcher(s.strip()).matches()) {
                throw new org.kamgraph.cypher.BadInputException("states", "needs two-letter state codes separated by commas"
                        + " (e.g. SD,ND), got '" + s.strip() + "'");
            }
            codes.add(s.strip());
        }
        return new Region(codes);
    }

    /** The day of {@code --as-of=YYYY-MM-DD} (blank: none, so today unless a file's name says). */
    public static LocalDate asOf(String day) {
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(day.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.kamgraph.cypher.BadInputException("as-of", "needs a day as YYYY-MM-DD, got '" + day.strip() + "'");
        }
    }

    public static PublishedOptions of(String format) {
        return new PublishedOptions(format, Region.ALL, null, null, ImportOptions.DEFAULT_BATCH_SIZE, null);
    }

    public PublishedOptions withFormat(String f) {
        return new PublishedOptions(f, region, asOf, rejectsDir, batchSize, progress);
    }

    public PublishedOptions withRegion(Region r) {
        return new PublishedOptions(format, r, asOf, rejectsDir, batchSize, progress);
    }

    public PublishedOptions withAsOf(LocalDate d) {
        return new PublishedOptions(format, region, d, rejectsDir, batchSize, progress);
    }

    public PublishedOptions withRejectsDir(Path dir) {
        return new PublishedOptions(format, region, asOf, dir, batchSize, progress);
    }

    public PublishedOptions withProgress(ImportProgress p) {
        return new PublishedOptions(format, region, asOf, rejectsDir, batchSize, p);
    }

    public PublishedOptions withBatchSize(int size) {
        return new PublishedOptions(format, region, asOf, rejectsDir, size, progress);
    }
}
