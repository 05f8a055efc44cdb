package org.kamgraph.cypher.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.kamgraph.cypher.GraphVersion;

/**
 * Imports nodes and relationships, by stage: a {@link RowReader} turns each input into typed rows with their
 * positions ({@link CsvRowReader} for CSV files in the neo4j-admin header style, see {@link CsvHeader}); then
 * {@link ImportValidation} checks every row against the model; then a writer writes the valid ones: in batches
 * through a {@link GraphWriter} into an existing database ({@link BatchedWrites}), or as neo4j-admin import files
 * for a new store ({@link AdminImportFiles}).
 *
 * <p>By default any problem rejects the whole import before anything is written; with
 * {@link ImportOptions#skipInvalid()} the valid rows are written and the rest reported. Writes are upserts keyed by
 * id (nodes) and by (start, type, end, validFrom) (relationships), so re-importing the same files changes nothing
 * and re-running an import that was killed midway completes it. Into an empty database the bulk path creates
 * without looking for existing data.
 */
public final class CsvImporter {
    private final GraphWriter writer;
    private final GraphVersion version;

    public CsvImporter(GraphWriter writer) {
        this(writer, new GraphVersion());
    }

    /** @param version advanced after every import that wrote something (even partly, if it failed midway) */
    public CsvImporter(GraphWriter writer, GraphVersion version) {
        this.writer = writer;
        this.version = version;
    }

    /** The CSV files of a directory (sorted by name), or the given files, as sources. */
    public static List<CsvSource> sources(List<Path> paths) throws IOException {
        List<CsvSource> sources = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().toLowerCase().endsWith(".csv")).sorted()
                            .map(CsvSource::of).forEach(sources::add);
                }
            } else if (Files.isRegularFile(p)) {
                sources.add(CsvSource.of(p));
            } else {
                throw new IOException("No such file or directory: " + p);
            }
        }
        if (sources.isEmpty()) {
            throw new IOException("No .csv files in " + paths);
        }
        return sources;
    }

    /** Validates the CSV sources and writes their valid rows into the database. */
    public ImportReport run(List<CsvSource> sources, ImportOptions options) {
        return importRows(csvReaders(sources), options);
    }

    /** Validates the inputs, read by any {@link RowReader}, and writes their valid rows into the database. */
    public ImportReport importRows(List<? extends RowReader> inputs, ImportOptions options) {
        long started = System.currentTimeMillis();
        ImportValidation validation = new ImportValidation(inputs, options.progress(), null);
        validation.lookUpEndpointsIn(writer); // as it goes: memory bounded by distinct endpoints, not rows
        boolean empty = !writer.databaseHasData();
        validation.trackRepeatedRelationships(empty); // upserts into a database with data merge repeats anyway
        validation.validate();
        validation.resolveEndpointsInDatabase(writer);
        validation.checkReportingLines(!validation.hasReportingLines() || !writer.databaseHasData() ? List.of() : writer.reportingLines());
        if (validation.problemCount() > 0 && !options.skipInvalid()) {
            return validation.report(false, false, 0, 0, started);
        }
        boolean bulk = !writer.databaseHasData();
        long[] written;
        try {
            written = new BatchedWrites(validation, writer, options).write(bulk);
        } finally {
            version.advance();
        }
        return validation.report(true, bulk, written[0], written[1], started);
    }

    /**
     * For loading into a new, empty embedded store with Neo4j's offline importer: validates like {@link #run}
     * (endpoints must all be in the files), then writes the valid rows as neo4j-admin import files under
     * {@code dir}: one file per node input with the id spaces of the model (Clinician ids in the Person space),
     * and one per relationship input and type, every value in its canonical form. Returns no files when the
     * import is rejected, or when rows may repeat a relationship identity (which only upserts can merge).
     */
    public AdminExport exportForAdminImport(List<CsvSource> sources, ImportOptions options, Path dir) throws IOException {
        return exportRowsForAdminImport(csvReaders(sources), options, dir);
    }

    /** {@link #exportForAdminImport} for inputs read by any {@link RowReader}. */
    public AdminExport exportRowsForAdminImport(List<? extends RowReader> inputs, ImportOptions options, Path dir) throws IOException {
        long started = System.currentTimeMillis();
        Files.createDirectories(dir);
        // One pass: rows are written out as they pass validation (nodes come first, so endpoints are known).
        try (AdminImportFiles files = new AdminImportFiles(dir)) {
            ImportValidation validation = new ImportValidation(inputs, options.progress(), files);
            validation.validate();
            // A line closing a reporting cycle was already written out: such an import goes the other way.
            boolean cycles = validation.checkReportingLines(List.of()) > 0;
            boolean rejected = validation.problemCount() > 0 && !options.skipInvalid();
            boolean duplicates = validation.inputs.stream().anyMatch(f -> f.possibleDuplicates);
            if (rejected || duplicates || cycles) {
                List<String> repeating = cycles ? List.of() : validation.inputs.stream().filter(f -> f.possibleDuplicates)
                        .map(ImportInput::name).toList();
                return new AdminExport(validation.report(false, false, 0, 0, started), List.of(), List.of(), false, repeating);
            }
            long nodes = validation.inputs.stream().filter(ImportInput::holdsNodes).mapToLong(f -> f.written).sum();
            long rels = validation.inputs.stream().filter(f -> f.shape != null && !f.holdsNodes()).mapToLong(f -> f.written).sum();
            return new AdminExport(validation.report(true, true, nodes, rels, started), List.copyOf(files.nodeFiles),
                    List.copyOf(files.relationshipFiles), files.multiline, List.of());
        }
    }

    /**
     * Files for neo4j-admin's importer: node files with their labels, relationship files with their type.
     * {@code report} tells what was validated; no files means the caller must use {@link #run} instead.
     */
    public record AdminExport(ImportReport report, List<AdminFile> nodeFiles, List<AdminFile> relationshipFiles,
                              boolean multilineFields, List<String> repeatingInputs) {
        /**
         * @param repeatingInputs when no files were written because inputs may repeat a relationship identity (and for
         *                        no other reason), those inputs' names: without them the rest could be exported
         */
        public AdminExport {
            repeatingInputs = List.copyOf(repeatingInputs);
        }

        public boolean usable() {
            return !nodeFiles.isEmpty() || !relationshipFiles.isEmpty();
        }
    }

    private static List<RowReader> csvReaders(List<CsvSource> sources) {
        return sources.stream().<RowReader>map(CsvRowReader::new).toList();
    }
}
