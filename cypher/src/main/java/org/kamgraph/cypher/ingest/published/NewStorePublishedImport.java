package org.kamgraph.cypher.ingest.published;

import org.kamgraph.cypher.ingest.published.NewStoreReading.FileState;
import org.kamgraph.cypher.ingest.published.NewStoreReading.Routing;
import org.kamgraph.cypher.ingest.published.NewStoreReading.SynchronizedProgress;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.cypher.GraphVersion;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.ingest.CsvImporter;
import org.kamgraph.cypher.ingest.GraphWriter;
import org.kamgraph.cypher.ingest.ImportOptions;
import org.kamgraph.cypher.ingest.ImportProgress;
import org.kamgraph.cypher.ingest.ImportReport;
import org.kamgraph.cypher.store.NewStoreLoader;
import org.kamgraph.readers.Emit;
import org.kamgraph.readers.SourceFormat;

/**
 * Published files into a NEW store (no database yet): every file of the run through one validation and Neo4j's
 * offline importer ({@link CsvImporter#exportRowsForAdminImport}, {@link NewStoreLoader#loadExport}), instead of one
 * transactional import per file. In two steps:
 * <ol>
 * <li>{@link #load}, before the database starts: each file is read once, in import order, in a thread of its own, for
 * its rejects (as {@link PublishedImport} does); the node rows it emits feed the run's identities
 * ({@link RunIdentities}), which a file sees only for the files before it, as it would see them in the database, and
 * every row it emits is kept per shape ({@link TranslatedRows}). Meanwhile all files' shape readers go through one
 * validation into neo4j-admin files, each file's once its read is complete (a file without nodes: while it is read),
 * and then the store is built. A node (kind, id) that an earlier file of the run already emitted is left out of the
 * admin files (validation would call it a duplicate id).</li>
 * <li>{@link Loaded#finish}, once the database runs: those nodes are upserted by transactions (properties merged,
 * aliases united, as {@code nodes-upsert} does), then the nodes the files ended by key ({@link Emit#end}) are ended
 * and full snapshots end what they no longer hold.</li>
 * </ol>
 * Relationship inputs that may repeat an identity (which only upserts can merge) are left out of the admin files (the
 * rest validated and exported again) and upserted in step 2. When a reporting line closes a cycle, no store is built
 * and the caller imports the files by transactions ({@link PublishedImport#run}).
 */
public final class NewStorePublishedImport {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NewStorePublishedImport.class);
    private NewStorePublishedImport() {
    }

    /**
     * Step 1: reads, validates and bulk-loads the files into a new store under {@code home}.
     *
     * @return the loaded run (call {@link Loaded#finish} once the database runs), a refused run (nothing written, no
     *         store), or null when the files can only be imported by transactions
     */
    public static Loaded load(Path home, List<Path> paths, PublishedOptions options, List<SourceFormat> formats,
                              PrintStream toolOutput) throws IOException {
        long started = System.currentTimeMillis();
        PublishedImport planner = new PublishedImport(GraphWriter.none(), null, new GraphVersion(), formats);
        List<String> problems = new ArrayList<>();
        List<PublishedImport.Planned> planned = planner.plan(paths, options, problems);
        if (!problems.isEmpty()) {
            return new Loaded(PublishedReport.of(List.of(), true, problems, 0, 0, 0, 0, 0, System.currentTimeMillis() - started),
                    List.of(), null, options, started);
        }
        PublishedProgress progress = new SynchronizedProgress(options.progress()); // two threads report
        NewStoreLoader.deleteRecursively(home.resolve("import-translated")); // left by a run that did not finish
        RunIdentities ids = new RunIdentities();
        List<FileState> files = new ArrayList<>();
        List<java.util.concurrent.CompletableFuture<Boolean>> ready = new ArrayList<>();
        List<PublishedRowReader> readers = new ArrayList<>();
        Map<String, FileState> fileOfReader = new HashMap<>();
        Map<String, String> shapeOfReader = new HashMap<>();
        for (int i = 0; i < planned.size(); i++) {
            PublishedImport.Planned f = planned.get(i);
            LocalDate asOf = PublishedImport.asOf(f, options);
            FileState s = new FileState(f, asOf, new FileRejects.Rejects(options.rejectsDir().resolve(f.file().name() + ".rejects.csv")),
                    PublishedImport.context(ids.view(i), options.region(), asOf, f.file().name()), i);
            s.translated = new TranslatedRows(home.resolve("import-translated"), i + "-" + f.file().name(), f.format());
            files.add(s);
            java.util.concurrent.CompletableFuture<Boolean> fileReady = new java.util.concurrent.CompletableFuture<>();
            ready.add(fileReady);
            for (var shape : f.format().shapes()) {
                PublishedRowReader r = new PublishedRowReader(s.translated, f.file(), f.format(), shape, s.context,
                        PublishedRowReader.Nodes.FIRST_HERE, true, fileReady);
                if (f.format().shapes().stream().noneMatch(x -> x.holdsNodes())) {
                    r.whileWritten(); // every node input comes before it: validate its rows as they are read
                }
                readers.add(r);
                fileOfReader.put(r.name(), s);
                shapeOfReader.put(r.name(), shape.toString());
            }
        }
        /*
         * The files' one reads (parsing and translating: most of a run's work before Neo4j's importer) run in a thread
         * of their own, in import order, while validation takes each file as soon as its read is complete: a file's
         * rows name nodes of the files before it and of itself only (a file resolves identities from the files before
         * it), so validating file k while file k + 1 is read sees everything it needs. A refused file and the files
         * after it are not read further, and yield no rows.
         */
        long[] readMillis = {0};
        Thread reading = Thread.ofPlatform().name("published-first-reads").start(() -> {
            boolean refused = false;
            try {
                for (int i = 0; i < files.size(); i++) {
                    FileState s = files.get(i);
                    if (refused || Thread.currentThread().isInterrupted()) {
                        s.notRead = true;
                        s.translated.abandon();
                        ready.get(i).complete(false);
                        continue;
                    }
                    s.startedMillis = System.currentTimeMillis();
                    NewStoreReading.firstPass(s, ids, progress);
                    s.millis = System.currentTimeMillis() - s.startedMillis;
                    refused = s.problem != null;
                    ready.get(i).complete(s.problem == null);
                }
            } catch (Throwable t) {
                ready.forEach(r -> r.completeExceptionally(t));
                for (FileState s : files) {
                    try {
                        s.translated.abandon();
                    } catch (IOException ignored) {
                        // failing already
                    }
                }
            } finally {
                readMillis[0] = System.currentTimeMillis() - started;
            }
        });
        long read = started;
        Path staging = home.resolve("import-staging");
        NewStoreLoader.deleteRecursively(staging);
        try {
            ImportProgress routing = new Routing(progress, fileOfReader);
            CsvImporter.AdminExport validated;
            try {
                validated = new CsvImporter(GraphWriter.none())
                        .exportRowsForAdminImport(readers, new ImportOptions(true, options.batchSize(), routing), staging);
            } catch (RuntimeException | IOException | Error e) {
                reading.interrupt(); // validation failed: the reading thread stops at its next check
                join(reading);
                throw e;
            }
            join(reading);
            for (var r : ready) {
                if (r.isCompletedExceptionally()) {
                    r.join(); // the reading thread's failure, thrown here
                }
            }
            read = started + readMillis[0];
            List<PublishedRowReader> kept = readers;
            if (readers.stream().anyMatch(r -> r.yieldedRefusedRows)) {
                // A file was refused after validation had taken some of its rows (read while the file was being read):
                // validate again without it and the files after it (their problems were taken the first time).
                int refusedAt = files.stream().filter(s -> s.problem != null).mapToInt(s -> s.index).min().orElseThrow();
                List<PublishedRowReader> before = readers.stream().filter(r -> fileOfReader.get(r.name()).index < refusedAt).toList();
                NewStoreLoader.deleteRecursively(staging);
                validated = new CsvImporter(GraphWriter.none()).exportRowsForAdminImport(before,
                        new ImportOptions(true, options.batchSize(), new Routing(progress, Map.of())), staging);
                kept = before;
            }
            final CsvImporter.AdminExport export0 = validated;
            final List<PublishedRowReader> inputs = kept;
            List<PublishedReport.FileResult> notImported = new ArrayList<>();
            for (FileState s : files) {
                if (s.notRead) {
                    notImported.add(new PublishedReport.FileResult(s.planned.file().name(), s.planned.format().name(),
                            s.asOf.toString(), PublishedReport.Status.NOT_IMPORTED, null, 0, Map.of(), 0, List.of(), 0, null, 0,
                            false, 0));
                }
            }
            files.removeIf(s -> s.notRead);
            CsvImporter.AdminExport export = export0;
            List<PublishedRowReader> repeating = List.of();
            if (!export0.usable() && !export0.repeatingInputs().isEmpty()) {
                // Relationships that repeat an identity go by upserts once the store runs; the rest is exported again
                // (validation's problems were all taken the first time: not again).
                repeating = inputs.stream().filter(r -> export0.repeatingInputs().contains(r.name())).toList();
                List<PublishedRowReader> rest = inputs.stream().filter(r -> !export0.repeatingInputs().contains(r.name())).toList();
                NewStoreLoader.deleteRecursively(staging);
                export = new CsvImporter(GraphWriter.none()).exportRowsForAdminImport(rest,
                        new ImportOptions(true, options.batchSize(), new Routing(progress, Map.of())), staging);
            }
            if (!export.usable()) { // a reporting line closing a cycle, or nothing left to build a store from
                for (FileState s : files) {
                    s.rejects.close();
                    s.translated.close();
                }
                return null;
            }
            long exported = System.currentTimeMillis();
            if (export.usable()) {
                NewStoreLoader.loadExport(home, export, toolOutput);
            }
            LOG.info("New store from published files: first reads {} ms, validation and neo4j-admin files done {} ms after them"
                    + " (validation runs while files are read), Neo4j's importer {} ms",
                    read - started, exported - read, System.currentTimeMillis() - exported);
            for (ImportReport.FileReport fr : export.report().files()) {
                FileState s = fileOfReader.get(fr.file());
                if (s != null) {
                    s.written.merge(shapeOfReader.getOrDefault(fr.file(), fr.holds()), fr.written(), Long::sum);
                }
            }
            Loaded loaded = new Loaded(null, files, ids, options, started, notImported);
            loaded.repeating = repeating;
            loaded.fileOfReader = fileOfReader;
            return loaded;
        } finally {
            NewStoreLoader.deleteRecursively(staging);
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the published files were read", e);
        }
    }

    /** A run loaded into a new store (or refused before it): finish it once the database runs. */
    public static final class Loaded {
        private final PublishedReport refused;
        private final List<FileState> files;
        private final RunIdentities ids;
        private final PublishedOptions options;
        private final long started;
        private final List<PublishedReport.FileResult> notImported;
        /** Relationship inputs that repeat an identity: upserted once the store runs. */
        List<PublishedRowReader> repeating = List.of();
        Map<String, FileState> fileOfReader = Map.of();

        Loaded(PublishedReport refused, List<FileState> files, RunIdentities ids, PublishedOptions options, long started) {
            this(refused, files, ids, options, started, List.of());
        }

        Loaded(PublishedReport refused, List<FileState> files, RunIdentities ids, PublishedOptions options, long started,
               List<PublishedReport.FileResult> notImported) {
            this.refused = refused;
            this.files = files;
            this.ids = ids;
            this.options = options;
            this.started = started;
            this.notImported = notImported;
        }

        /** The report of a run refused before anything was written (no store built), else null. */
        public PublishedReport refused() {
            return refused;
        }

        /**
         * Step 2, in the database built by {@link #load}: upserts the nodes an earlier file of the run had already
         * emitted, ends what the files ended, and returns the run's report.
         */
        public PublishedReport finish(GraphWriter writer, Neo4jRunner runner, GraphVersion version) throws IOException {
            if (refused != null) {
                return refused;
            }
            PublishedImport ender = new PublishedImport(writer, runner, version, List.of());
            List<PublishedReport.FileResult> results = new ArrayList<>();
            try {
                for (FileState s : files) {
                    if (s.problem == null && s.deferred > 0) {
                        int index = s.index;
                        List<PublishedRowReader> again = s.planned.format().shapes().stream().filter(sh -> sh.holdsNodes())
                                .map(sh -> new PublishedRowReader(s.translated, s.planned.file(), s.planned.format(), sh, s.context,
                                        PublishedRowReader.Nodes.EMITTED_BEFORE, false, null)).toList();
                        Map<String, String> shapeOf = new HashMap<>();
                        again.forEach(r -> shapeOf.put(r.name(), r.publishedShape().toString()));
                        ImportReport report = new CsvImporter(writer, version).importRows(again, new ImportOptions(true,
                                options.batchSize(), new FileRejects.Forwarding(ImportProgress.NONE, s.rejects)));
                        for (ImportReport.FileReport fr : report.files()) {
                            s.written.merge(shapeOf.getOrDefault(fr.file(), fr.holds()), fr.written(), Long::sum);
                        }
                    }
                }
                if (!repeating.isEmpty()) {
                    // Problems of these inputs were taken when the run was validated: not again.
                    ImportReport report = new CsvImporter(writer, version).importRows(repeating,
                            new ImportOptions(true, options.batchSize(), ImportProgress.NONE));
                    for (ImportReport.FileReport fr : report.files()) {
                        FileState s = fileOfReader.get(fr.file());
                        PublishedRowReader r = repeating.stream().filter(x -> x.name().equals(fr.file())).findFirst().orElseThrow();
                        s.written.merge(r.publishedShape().toString(), fr.written(), Long::sum);
                    }
                }
                for (FileState s : files) {
                    long ended = 0;
                    if (s.problem == null) {
                        // A new store holds a format's rows from this run only: when one file of the run has the format,
                        // all of them are as of that file, and a full snapshot has nothing older to end (no scan needed).
                        boolean older = files.stream().anyMatch(o -> o != s && o.planned.format().name().equals(s.planned.format().name()));
                        ended = ender.endNamed(s.first.ends) + (s.planned.format().fullSnapshot() && older
                                ? ender.endGone(s.planned.format().name(), s.asOf) : 0);
                    }
                    results.add(new PublishedReport.FileResult(s.planned.file().name(), s.planned.format().name(), s.asOf.toString(),
                            s.problem == null ? PublishedReport.Status.IMPORTED : PublishedReport.Status.REFUSED, s.problem,
                            s.first.rows, s.problem == null ? s.written : Map.of(), s.rejects.total, s.rejects.counts(), s.first.outside,
                            s.rejects.path(), ended, true, s.millis));
                }
            } finally {
                for (FileState s : files) {
                    s.rejects.close();
                    if (s.translated != null) {
                        s.translated.close();
                    }
                }
            }
            version.advance();
            results.addAll(notImported);
            return PublishedImport.report(results, started);
        }
    }
}
