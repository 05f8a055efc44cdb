package org.kamgraph.cypher.ingest.published;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.Cypher;
import org.kamgraph.cypher.GraphVersion;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.ingest.CsvImporter;
import org.kamgraph.cypher.ingest.GraphWriter;
import org.kamgraph.cypher.ingest.ImportOptions;
import org.kamgraph.cypher.ingest.ImportProgress;
import org.kamgraph.cypher.ingest.ImportReport;
import org.kamgraph.readers.Identities;
import org.kamgraph.readers.PublishedFile;
import org.kamgraph.readers.PublishedFileException;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Region;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.SourceFormats;
import org.kamgraph.readers.Translator;

/**
 * Imports files in the field's published formats (docs/IMPORT.md, "Published formats"). Before anything is written,
 * every file gets its format (given, or detected from its header), must be readable (a zip archive whole, with its data
 * file) and must have its format's required columns; any failure refuses the whole import, naming file, line and
 * column. Then the files are imported one at a time, identity sources first ({@link SourceFormat#order()}), each as an
 * import of its own through {@link CsvImporter#importRows}: read once to count rows and write its rejects, then
 * validated whole and written, so a file that turns out unreadable midway (bad bytes, a broken quote) is refused whole
 * and the files after it are not imported; the files before it stay written. Before each file, the identities (NPIs,
 * CCNs, aliases, products) are loaded from the database, so a file finds what earlier files wrote. After a full
 * snapshot, what its source wrote before and the file no longer holds is ended ({@code validTo}), never deleted.
 */
public final class PublishedImport {
    private static final int END_BATCH = 10_000;

    private final GraphWriter writer;
    private final Neo4jRunner runner;
    private final GraphVersion version;
    private final List<SourceFormat> formats;
    /** The formats as the registry lists them: on a tie, detection prefers the earlier (e.g. the NPPES increment). */
    private final List<SourceFormat> detectionOrder;

    public PublishedImport(GraphWriter writer, Neo4jRunner runner, GraphVersion version) {
        this(writer, runner, version, SourceFormats.all());
    }

    /** @param formats the formats known (by name and for detection), e.g. {@link SourceFormats#all()} */
    public PublishedImport(GraphWriter writer, Neo4jRunner runner, GraphVersion version, List<SourceFormat> formats) {
        this.writer = writer;
        this.runner = runner;
        this.version = version;
        this.detectionOrder = List.copyOf(formats);
        this.formats = formats.stream().sorted(Comparator.comparingInt(SourceFormat::order).thenComparing(SourceFormat::name)).toList();
    }

    /** Every format, in import order. */
    public List<SourceFormat> formats() {
        return formats;
    }

    /** The names, for messages. */
    public String names() {
        return String.join(", ", formats.stream().map(SourceFormat::name).toList());
    }

    /** The format named {@code name}, or {@code auto} (null); an unknown name fails listing the formats. */
    public SourceFormat format(String name) {
        String n = name == null ? PublishedOptions.AUTO : name.strip().toLowerCase(Locale.ROOT);
        if (n.equals(PublishedOptions.AUTO)) {
            return null;
        }
        return formats.stream().filter(f -> f.name().equals(n)).findFirst().orElseThrow(() -> new BadInputException("format",
                "unknown format '" + name + "'; formats: auto, " + names()));
    }

    /** The files of the paths: a directory's regular files (sorted by name, hidden ones left out), or the file itself. */
    public static List<Path> files(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IOException("No such file or directory: " + p);
            }
        }
        if (files.isEmpty()) {
            throw new IOException("No files in " + paths);
        }
        return files;
    }

    /**
     * The format whose columns a file's header has and whose {@link SourceFormat#recognizesName} accepts the file's
     * name (the most specific when several do: the one requiring the most columns, then the registry's first), if any.
     */
    public Optional<SourceFormat> detect(PublishedFile file) {
        SourceFormat best = null;
        for (SourceFormat f : detectionOrder) {
            List<String> header;
            try {
                header = file.header(new FirstRowFormat(f)); // as it is: a headerless format judges the row itself
            } catch (PublishedFileException e) {
                continue;
            }
            if (f.recognizes(Set.copyOf(header)) && f.recognizesName(file.name()) && (best == null || f.requiredColumns().size() > best.requiredColumns().size())) {
                best = f;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A file and its format, in import order. */
    record Planned(PublishedFile file, SourceFormat format) {
    }

    /** Imports the files (directories: their files); see the class comment. */
    public PublishedReport run(List<Path> paths, PublishedOptions options) throws IOException {
        long started = System.currentTimeMillis();
        List<String> problems = new ArrayList<>();
        List<Planned> planned = plan(paths, options, problems);
        if (!problems.isEmpty()) {
            return PublishedReport.of(List.of(), true, problems, 0, 0, 0, 0, 0, System.currentTimeMillis() - started);
        }
        List<PublishedReport.FileResult> results = new ArrayList<>();
        boolean stop = false;
        for (Planned f : planned) {
            LocalDate asOf = asOf(f, options);
            if (stop) {
                results.add(new PublishedReport.FileResult(f.file().name(), f.format().name(), asOf.toString(),
                        PublishedReport.Status.NOT_IMPORTED, null, 0, Map.of(), 0, List.of(), 0, null, 0, false, 0));
                continue;
            }
            PublishedReport.FileResult r = importFile(f, asOf, options);
            results.add(r);
            stop = r.status() == PublishedReport.Status.REFUSED;
        }
        return report(results, started);
    }

    /** The run's report from its files' results. */
    static PublishedReport report(List<PublishedReport.FileResult> results, long started) {
        long nodes = 0;
        long rels = 0;
        for (PublishedReport.FileResult r : results) {
            for (Map.Entry<String, Long> w : r.written().entrySet()) {
                if (w.getKey().contains("->")) {
                    rels += w.getValue();
                } else {
                    nodes += w.getValue();
                }
            }
        }
        return PublishedReport.of(results, false, results.stream().filter(r -> r.problem() != null).map(PublishedReport.FileResult::problem).toList(),
                results.stream().mapToLong(PublishedReport.FileResult::rowsRead).sum(), nodes, rels,
                results.stream().mapToLong(PublishedReport.FileResult::rejected).sum(),
                results.stream().mapToLong(PublishedReport.FileResult::outsideRegion).sum(), System.currentTimeMillis() - started);
    }

    /** The files with their formats, in import order; what refuses the import goes to {@code problems}. */
    List<Planned> plan(List<Path> paths, PublishedOptions options, List<String> problems) throws IOException {
        SourceFormat given = format(options.format());
        List<Planned> planned = new ArrayList<>();
        for (Path p : files(paths)) {
            PublishedFile file = PublishedFile.of(p);
            Optional<String> damaged = damagedArchive(file);
            if (damaged.isPresent()) {
                problems.add(damaged.get());
                continue;
            }
            SourceFormat format = given != null ? given : detect(file).orElse(null);
            if (format == null) {
                problems.add(new PublishedFileException(file.name(), 1, null, "no format recognizes this file's header; give --format=NAME"
                        + " (formats: " + names() + ")").getMessage());
                continue;
            }
            check(file, format).ifPresent(problems::add);
            planned.add(new Planned(file, format));
        }
        planned.sort(Comparator.comparingInt((Planned f) -> f.format().order()).thenComparing(f -> f.format().name())
                .thenComparing(f -> f.file().name()));
        return planned;
    }

    /** Finishes a run that {@link NewStorePublishedImport#load} loaded into this (new) database: see {@link NewStorePublishedImport.Loaded#finish}. */
    public PublishedReport finishNewStore(NewStorePublishedImport.Loaded loaded) throws IOException {
        return loaded.finish(writer, runner, version);
    }

    /** Why the file cannot be imported with the format, before anything is written: unreadable, or a column missing. */
    private static Optional<String> check(PublishedFile file, SourceFormat format) {
        try {
            List<String> header = file.header(format);
            List<String> missing = PublishedFile.missing(header, format.requiredColumns());
            if (!missing.isEmpty()) {
                return Optional.of(new PublishedFileException(file.name(), 1, missing.getFirst(), "required column missing for format "
                        + format.name() + (missing.size() > 1 ? " (also missing: " + String.join(", ", missing.subList(1, missing.size())) + ")" : "")
                        + "; the format's required columns: " + String.join(", ", format.requiredColumns())).getMessage());
            }
            return Optional.empty();
        } catch (PublishedFileException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** A zip archive whose central directory (at its end) cannot be read: truncated or damaged. */
    private static Optional<String> damagedArchive(PublishedFile file) {
        if (!file.name().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return Optional.empty();
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.path().toFile())) {
            zip.size();
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(new PublishedFileException(file.name(), 0, null, "the archive is damaged or truncated: "
                    + e.getMessage()).getMessage());
        }
    }

    static LocalDate asOf(Planned f, PublishedOptions options) {
        return f.format().dateFromName(f.file().name())
                .orElse(options.asOf() != null ? options.asOf() : LocalDate.now());
    }

    private PublishedReport.FileResult importFile(Planned f, LocalDate asOf, PublishedOptions options) throws IOException {
        long started = System.currentTimeMillis();
        PublishedFile file = f.file();
        SourceFormat format = f.format();
        PublishedProgress progress = options.progress() instanceof PublishedProgress p ? p : null;
        if (progress != null) {
            progress.reading(file.name(), Files.size(file.path()));
        }
        Identities identities = DatabaseIdentities.load(runner);
        ReadContext context = context(identities, options.region(), asOf, file.name());
        try (FileRejects.Rejects rejects = new FileRejects.Rejects(options.rejectsDir().resolve(file.name() + ".rejects.csv"));
             TranslatedRows translated = new TranslatedRows(Files.createTempDirectory("kam-translated-"), file.name(), format)) {
            FileRejects.FirstPass first = new FileRejects.FirstPass(rejects);
            Translator t = format.translator(context);
            org.kamgraph.readers.Emit out = translated.recording(first);
            try {
                file.rows(format, row -> {
                    first.line = row.line();
                    first.rows++;
                    translated.row(row.line());
                    t.row(row, out);
                    if (progress != null && first.rows % 10_000 == 0) {
                        progress.read(file.name(), first.rows);
                    }
                });
                first.line++;
                translated.finishing();
                t.finish(out);
                translated.complete();
            } catch (PublishedFileException e) {
                if (progress != null) {
                    progress.fileDone(file.name());
                }
                return new PublishedReport.FileResult(file.name(), format.name(), asOf.toString(), PublishedReport.Status.REFUSED,
                        e.getMessage(), first.rows, Map.of(), rejects.total, rejects.counts(), first.outside, rejects.path(), 0,
                        false, System.currentTimeMillis() - started);
            }
            // Validation and the writers read what this one read kept (the file is not parsed again).
            List<PublishedRowReader> readers = format.shapes().stream()
                    .map(s -> new PublishedRowReader(translated, file, format, s, context)).toList();
            Map<String, String> shapeOfReader = new HashMap<>();
            readers.forEach(r -> shapeOfReader.put(r.name(), r.publishedShape().toString()));
            ImportProgress forward = new FileRejects.Forwarding(options.progress(), rejects);
            ImportReport report = new CsvImporter(writer, version)
                    .importRows(readers, new ImportOptions(true, options.batchSize(), forward));
            Map<String, Long> written = new LinkedHashMap<>();
            for (ImportReport.FileReport fr : report.files()) {
                written.merge(shapeOfReader.getOrDefault(fr.file(), fr.holds()), fr.written(), Long::sum);
            }
            long ended = endNamed(first.ends) + (format.fullSnapshot() ? endGone(format.name(), asOf) : 0);
            if (progress != null) {
                progress.fileDone(file.name());
            }
            return new PublishedReport.FileResult(file.name(), format.name(), asOf.toString(), PublishedReport.Status.IMPORTED,
                    null, first.rows, written, rejects.total, rejects.counts(), first.outside, rejects.path(), ended,
                    report.bulkMode(), System.currentTimeMillis() - started);
        }
    }

    /**
     * Ends what the source wrote before and this full snapshot no longer holds: nodes and relationships with this
     * {@code source}, no {@code validTo}, last verified before {@code asOf}, get {@code validTo} = the day before.
     */
    long endGone(String source, LocalDate asOf) {
        Map<String, Object> params = Map.of("source", source, "asOf", asOf);
        long ended = end(runner.read(Cypher.load("snapshot-gone-nodes"), params, r -> r.get("id").asString()),
                Cypher.load("snapshot-end-nodes"), source, asOf);
        ended += end(runner.read(Cypher.load("snapshot-gone-relationships"), params, r -> r.get("id").asString()),
                Cypher.load("snapshot-end-relationships"), source, asOf);
        if (ended > 0) {
            version.advance();
        }
        return ended;
    }

    /** Sets {@code validTo} = the day before {@code asOf} and {@code endedBy} = the source on the elements, in batches. */
    private long end(List<String> ids, String statement, String source, LocalDate asOf) {
        for (int i = 0; i < ids.size(); i += END_BATCH) {
            runner.write(statement, Map.of("ids", ids.subList(i, Math.min(ids.size(), i + END_BATCH)), "validTo", asOf.minusDays(1),
                    "source", source));
        }
        return ids.size();
    }

    /** Ends the nodes the file named by key alone ({@link org.kamgraph.readers.Emit#end}), per kind, in batches. */
    long endNamed(List<FileRejects.Ending> ends) {
        long ended = 0;
        Map<org.kamgraph.model.NodeKind, List<Map<String, Object>>> byKind = new java.util.EnumMap<>(org.kamgraph.model.NodeKind.class);
        for (FileRejects.Ending e : ends) {
            byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(Map.of("id", e.id(), "validTo", e.validTo()));
        }
        for (Map.Entry<org.kamgraph.model.NodeKind, List<Map<String, Object>>> e : byKind.entrySet()) {
            String statement = Cypher.forKind("nodes-end", e.getKey());
            List<Map<String, Object>> rows = e.getValue();
            for (int i = 0; i < rows.size(); i += END_BATCH) {
                ended += runner.write(statement, Map.of("rows", rows.subList(i, Math.min(rows.size(), i + END_BATCH))))
                        .counters().propertiesSet();
            }
        }
        if (ended > 0) {
            version.advance();
        }
        return ended;
    }

    static ReadContext context(Identities identities, Region region, LocalDate asOf, String fileName) {
        return new ReadContext() {
            public Identities identities() {
                return identities;
            }

            public Region region() {
                return region;
            }

            public LocalDate asOf() {
                return asOf;
            }

            public String fileName() {
                return fileName;
            }
        };
    }
}
