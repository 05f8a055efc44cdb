package org.kamgraph.cypher.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.kamgraph.cypher.ingest.CsvHeader.Column;
import org.kamgraph.cypher.ingest.CsvHeader.Role;
import org.kamgraph.cypher.ingest.GraphWriter.NodeRow;
import org.kamgraph.cypher.ingest.GraphWriter.RelRow;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.PropertyType;
import org.kamgraph.model.RelKind;
import org.kamgraph.model.ReportingLines;
import org.kamgraph.model.Validator;
import org.kamgraph.model.Violation;

/**
 * Imports nodes and relationships from CSV files in the neo4j-admin header style (see {@link CsvHeader}).
 *
 * <p>Two passes. The first reads every file and checks every row: columns, types, the model's rules, duplicate
 * ids, legal endpoints, and endpoints that exist in the import or in the database. By default any problem
 * rejects the whole import before anything is written; with {@link ImportOptions#skipInvalid()} the valid rows
 * are written and the rest reported. The second pass writes node files, then relationship files, in batches of
 * one transaction each. Writes are upserts keyed by id (nodes) and by (start, type, end, validFrom)
 * (relationships), so re-importing the same files changes nothing and re-running an import that was killed
 * midway completes it. Into an empty database the bulk path creates without looking for existing data.
 */
public final class CsvImporter {
    private final GraphWriter writer;
    private final org.kamgraph.cypher.GraphVersion version;

    public CsvImporter(GraphWriter writer) {
        this(writer, new org.kamgraph.cypher.GraphVersion());
    }

    /** @param version advanced after every import that wrote something (even partly, if it failed midway) */
    public CsvImporter(GraphWriter writer, org.kamgraph.cypher.GraphVersion version) {
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

    public ImportReport run(List<CsvSource> sources, ImportOptions options) {
        long started = System.currentTimeMillis();
        Pass pass = new Pass(sources, options.progress());
        pass.validate();
        pass.resolveEndpointsInDatabase();
        pass.checkReportingLines(pass.reportingLines.isEmpty() || !writer.databaseHasData() ? List.of() : writer.reportingLines());
        if (pass.problemCount > 0 && !options.skipInvalid()) {
            return pass.report(false, false, 0, 0, started);
        }
        boolean bulk = !writer.databaseHasData();
        long[] written;
        try {
            written = pass.write(options, bulk);
        } finally {
            version.advance();
        }
        return pass.report(true, bulk, written[0], written[1], started);
    }

    /**
     * For loading into a new, empty embedded store with Neo4j's offline importer: validates like {@link #run}
     * (endpoints must all be in the files), then writes the valid rows as neo4j-admin import files under
     * {@code dir}: one file per node input with the id spaces of the model (Clinician ids in the Person space),
     * and one per relationship input and type, every value in its canonical form. Returns no files when the
     * import is rejected, or when rows may repeat a relationship identity (which only upserts can merge).
     */
    public AdminExport exportForAdminImport(List<CsvSource> sources, ImportOptions options, Path dir) throws IOException {
        long started = System.currentTimeMillis();
        Files.createDirectories(dir);
        Pass pass = new Pass(sources, options.progress());
        // One pass: rows are written out as they pass validation (nodes come first, so endpoints are known).
        try (AdminSink sink = new AdminSink(dir)) {
            pass.sink = sink;
            pass.validate();
            // A line closing a reporting cycle was already written out: such an import goes the other way.
            boolean cycles = pass.checkReportingLines(List.of()) > 0;
            boolean rejected = pass.problemCount > 0 && !options.skipInvalid();
            boolean duplicates = pass.files.stream().anyMatch(f -> f.possibleDuplicates);
            if (rejected || duplicates || cycles) {
                return new AdminExport(pass.report(false, false, 0, 0, started), List.of(), List.of(), false);
            }
            long nodes = pass.files.stream().filter(InputFile::isNodeFile).mapToLong(f -> f.written).sum();
            long rels = pass.files.stream().filter(f -> f.header != null && !f.isNodeFile()).mapToLong(f -> f.written).sum();
            return new AdminExport(pass.report(true, true, nodes, rels, started), List.copyOf(sink.nodeFiles),
                    List.copyOf(sink.relFiles), sink.multiline);
        }
    }

    /**
     * Files for neo4j-admin's importer: node files with their labels, relationship files with their type.
     * {@code report} tells what was validated; no files means the caller must use {@link #run} instead.
     */
    public record AdminExport(ImportReport report, List<AdminFile> nodeFiles, List<AdminFile> relationshipFiles,
                              boolean multilineFields) {
        public boolean usable() {
            return !nodeFiles.isEmpty() || !relationshipFiles.isEmpty();
        }
    }

    /** One import file: its labels ("Hospital:Organization:Account") or relationship type, and its path. */
    public record AdminFile(String labelsOrType, Path path) {
    }

    /**
     * Where a row is: file index and line; for a node exported to the offline importer, also the node id it
     * gets in the new store (-1 otherwise).
     */
    private record Location(int file, long line, String column, long nodeNumber) {
        Location(int file, long line, String column) {
            this(file, line, column, -1);
        }
    }

    /** A valid REPORTS_TO row and where it is. */
    private record ReportingRow(ReportingLines.Line line, InputFile file, long lineNumber, String column) {
    }

    /** One input file and what the first pass learned about it. */
    private static final class InputFile {
        final CsvSource source;
        int index;
        CsvHeader header;
        long rows;
        final Set<Long> invalidLines = new HashSet<>();
        boolean possibleDuplicates;
        long written;

        InputFile(CsvSource source) {
            this.source = source;
        }

        boolean isNodeFile() {
            return header != null && header.isNodeFile();
        }

        String holds() {
            if (header == null) {
                return "unreadable";
            }
            return header.isNodeFile() ? header.nodeKind().label()
                    : header.relKind().map(RelKind::type).orElse("relationships") + " " + header.startKind().label()
                    + "->" + header.endKind().label();
        }
    }

    /** The state of one import run. */
    private final class Pass {
        final List<InputFile> files = new ArrayList<>();
        final List<ImportProblem> problems = new ArrayList<>();
        long problemCount;
        /** Ids of valid node rows per kind, with where each was first defined. */
        final Map<NodeKind, Map<String, Location>> nodeIds = new EnumMap<>(NodeKind.class);
        /** Relationship endpoints not defined in this import: looked up in the database afterwards. */
        final Map<NodeKind, Map<String, List<Location>>> unresolved = new EnumMap<>(NodeKind.class);
        final LongHashSet relIdentities = new LongHashSet();
        /** Set when validating for the offline importer: valid rows go there, and there is no database to ask. */
        AdminSink sink;
        /** The valid REPORTS_TO rows, in file order, for the reporting-line cycle check. */
        final List<ReportingRow> reportingLines = new ArrayList<>();

        final ImportProgress progress;
        long validatedRows;

        Pass(List<CsvSource> sources, ImportProgress progress) {
            sources.forEach(s -> files.add(new InputFile(s)));
            this.progress = progress;
        }

        void problem(InputFile f, long line, String column, String reason) {
            problemCount++;
            if (problems.size() < ImportReport.MAX_LISTED_PROBLEMS) {
                problems.add(new ImportProblem(f.source.name(), line, column, reason));
            }
            if (line > 1) {
                f.invalidLines.add(line);
            }
        }

        void validate() {
            for (InputFile f : files) {
                readHeader(f);
            }
            // Nodes first, so relationship endpoints can be checked against them.
            files.sort(Comparator.comparing((InputFile f) -> !f.isNodeFile()));
            for (int i = 0; i < files.size(); i++) {
                files.get(i).index = i;
            }
            for (InputFile f : files) {
                if (f.header == null) {
                    continue;
                }
                forEachRow(f, record -> {
                    f.rows++;
                    if (++validatedRows % 100_000 == 0) {
                        progress.validating(f.source.name(), validatedRows);
                    }
                    if (f.isNodeFile()) {
                        checkNode(f, record);
                    } else {
                        checkRelationship(f, record);
                    }
                });
            }
        }

        void readHeader(InputFile f) {
            try (Reader r = f.source.reader(); CsvReader<CsvRecord> csv = csv(r)) {
                var it = csv.iterator();
                if (!it.hasNext()) {
                    problem(f, 1, null, "the file is empty; it needs a header row");
                    return;
                }
                List<ImportProblem> headerProblems = new ArrayList<>();
                f.header = CsvHeader.parse(f.source.name(), it.next().getFields(), headerProblems).orElse(null);
                headerProblems.forEach(p -> problem(f, 1, p.column(), p.reason()));
            } catch (IOException | UncheckedIOException | CsvParseException e) {
                problem(f, 1, null, readError(e));
            }
        }

        void checkNode(InputFile f, CsvRecord record) {
            Optional<NodeRow> row = parseNode(f, record, true);
            if (row.isEmpty()) {
                return;
            }
            NodeKind kind = f.header.nodeKind();
            NodeKind space = idSpace(kind);
            Map<String, Location> ids = nodeIds.computeIfAbsent(space, k -> new HashMap<>());
            Location first = ids.get(row.get().id());
            if (first != null) {
                problem(f, record.getStartingLineNumber(), "id", "duplicate id '" + row.get().id() + "' for " + space.label()
                        + " (first at " + files.get(first.file()).source.name() + ":" + first.line() + ")");
                return;
            }
            // Only a node that will be written gets a number, so the store's node ids have no gaps.
            Location here = new Location(f.index, record.getStartingLineNumber(), "id", sink == null ? -1 : sink.nextNodeNumber++);
            ids.put(row.get().id(), here);
            if (kind == NodeKind.CLINICIAN) {
                clinicianIds.add(row.get().id());
            }
            if (sink != null) {
                sink.node(f, row.get(), here.nodeNumber());
            }
        }

        final Set<String> clinicianIds = new HashSet<>();

        void checkRelationship(InputFile f, CsvRecord record) {
            Optional<Typed> row = parseRelationship(f, record, true);
            if (row.isEmpty()) {
                return;
            }
            long line = record.getStartingLineNumber();
            CsvHeader h = f.header;
            RelRow r = row.get().row();
            boolean ok = checkEndpoint(f, line, h.column(Role.START_ID).name(), h.startKind(), r.start());
            ok &= checkEndpoint(f, line, h.column(Role.END_ID).name(), h.endKind(), r.end());
            if (!relIdentities.add(LongHashSet.hash(row.get().rel().type(), idSpace(h.startKind()).label(), r.start(),
                    idSpace(h.endKind()).label(), r.end(), String.valueOf(r.props().get("validFrom"))))) {
                f.possibleDuplicates = true;
            }
            if (ok && row.get().rel() == RelKind.REPORTS_TO) {
                reportingLines.add(new ReportingRow(new ReportingLines.Line(ReportingLineCheck.key(h.startKind(), r.start()),
                        ReportingLineCheck.key(h.endKind(), r.end()), (java.time.LocalDate) r.props().get("validFrom"),
                        (java.time.LocalDate) r.props().get("validTo")), f, line, h.column(Role.END_ID).name()));
            }
            if (ok && sink != null) {
                sink.relationship(f, row.get(), nodeIds.get(idSpace(h.startKind())).get(r.start()).nodeNumber(),
                        nodeIds.get(idSpace(h.endKind())).get(r.end()).nodeNumber());
            }
        }

        /** False when the endpoint is known to be missing or wrong; unknown ones are looked up in the database later. */
        boolean checkEndpoint(InputFile f, long line, String column, NodeKind kind, String id) {
            Map<String, Location> defined = nodeIds.getOrDefault(idSpace(kind), Map.of());
            if (defined.containsKey(id)) {
                if (kind == NodeKind.CLINICIAN && !clinicianIds.contains(id)) {
                    problem(f, line, column, "'" + id + "' is a Person in this import, not a Clinician");
                    return false;
                }
                return true;
            }
            if (sink != null) {
                problem(f, line, column, missing(kind, id));
                return false;
            }
            unresolved.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(id, k -> new ArrayList<>(1))
                    .add(new Location(f.index, line, column));
            return true;
        }

        /**
         * One reporting-line direction: no REPORTS_TO row may close a cycle of lines valid on one day, with the stored
         * lines or the rows before it. Each such row is a problem naming its file, line and the cycle. Returns how many.
         */
        int checkReportingLines(List<ReportingLines.Line> stored) {
            if (reportingLines.isEmpty()) {
                return 0;
            }
            List<ReportingLines.Cycle> cycles = ReportingLines.cycles(stored, reportingLines.stream().map(ReportingRow::line).toList());
            for (ReportingLines.Cycle c : cycles) {
                ReportingRow row = reportingLines.get(c.newLine());
                problem(row.file(), row.lineNumber(), row.column(), "this REPORTS_TO row closes " + ReportingLineCheck.describe(c)
                        + "; REPORTS_TO goes from the report to the manager");
            }
            return cycles.size();
        }

        void resolveEndpointsInDatabase() {
            for (Map.Entry<NodeKind, Map<String, List<Location>>> e : unresolved.entrySet()) {
                List<String> ids = new ArrayList<>(e.getValue().keySet());
                for (int i = 0; i < ids.size(); i += 10_000) {
                    List<String> chunk = ids.subList(i, Math.min(ids.size(), i + 10_000));
                    Set<String> found = writer.existingIds(e.getKey(), chunk);
                    for (String id : chunk) {
                        if (!found.contains(id)) {
                            for (Location l : e.getValue().get(id)) {
                                problem(files.get(l.file()), l.line(), l.column(), missing(e.getKey(), id));
                            }
                        }
                    }
                }
            }
        }

        /** Writes the valid rows; returns {nodes, relationships} written. */
        long[] write(ImportOptions options, boolean bulk) {
            long total = files.stream().filter(f -> f.header != null).mapToLong(f -> f.rows - f.invalidLines.size()).sum();
            options.progress().start(total);
            long nodes = 0;
            long rels = 0;
            for (InputFile f : files) {
                if (f.header == null) {
                    continue;
                }
                if (f.isNodeFile()) {
                    nodes += writeNodes(f, options, bulk);
                } else {
                    rels += writeRelationships(f, options, bulk && !f.possibleDuplicates);
                }
            }
            options.progress().finish();
            return new long[] {nodes, rels};
        }

        long writeNodes(InputFile f, ImportOptions options, boolean create) {
            List<NodeRow> batch = new ArrayList<>(options.batchSize());
            NodeKind kind = f.header.nodeKind();
            forEachRow(f, record -> {
                if (f.invalidLines.contains(record.getStartingLineNumber())) {
                    return;
                }
                parseNode(f, record, false).ifPresent(batch::add);
                if (batch.size() >= options.batchSize()) {
                    flushNodes(f, kind, batch, create, options);
                }
            });
            flushNodes(f, kind, batch, create, options);
            return f.written;
        }

        void flushNodes(InputFile f, NodeKind kind, List<NodeRow> batch, boolean create, ImportOptions options) {
            writer.writeNodes(kind, batch, create);
            f.written += batch.size();
            options.progress().advance(f.source.name(), batch.size());
            batch.clear();
        }

        long writeRelationships(InputFile f, ImportOptions options, boolean create) {
            Map<RelKind, List<RelRow>> batches = new LinkedHashMap<>();
            CsvHeader h = f.header;
            forEachRow(f, record -> {
                if (f.invalidLines.contains(record.getStartingLineNumber())) {
                    return;
                }
                parseRelationship(f, record, false).ifPresent(t -> {
                    List<RelRow> batch = batches.computeIfAbsent(t.rel(), k -> new ArrayList<>());
                    batch.add(t.row());
                    if (batch.size() >= options.batchSize()) {
                        flushRelationships(f, t.rel(), batch, create, options);
                    }
                });
            });
            batches.forEach((rel, batch) -> flushRelationships(f, rel, batch, create, options));
            return f.written;
        }

        void flushRelationships(InputFile f, RelKind rel, List<RelRow> batch, boolean create, ImportOptions options) {
            writer.writeRelationships(rel, f.header.startKind(), f.header.endKind(), batch, create);
            f.written += batch.size();
            options.progress().advance(f.source.name(), batch.size());
            batch.clear();
        }

        Optional<NodeRow> parseNode(InputFile f, CsvRecord record, boolean report) {
            long line = record.getStartingLineNumber();
            if (!fieldCountMatches(f, record, report)) {
                return Optional.empty();
            }
            Map<String, Object> props = new LinkedHashMap<>();
            String id = null;
            boolean ok = true;
            for (Column c : f.header.columns()) {
                String cell = record.getField(c.index());
                if (c.role() == Role.ID) {
                    id = cell;
                    props.put("id", cell.isEmpty() ? null : cell);
                } else if (c.role() == Role.PROPERTY) {
                    ok &= parseCell(f, line, c, cell, props, report);
                }
            }
            if (!report) {
                return Optional.of(new NodeRow(id, props));
            }
            if (!ok) {
                return Optional.empty();
            }
            List<Violation> violations = Validator.validateNode(f.header.nodeKind(), props);
            violations.forEach(v -> problem(f, line, v.property(), v.message()));
            return violations.isEmpty() ? Optional.of(new NodeRow(id, props)) : Optional.empty();
        }

        /** A relationship row with its kind (from the file or the row's :TYPE cell). */
        record Typed(RelKind rel, RelRow row) {
        }

        Optional<Typed> parseRelationship(InputFile f, CsvRecord record, boolean report) {
            long line = record.getStartingLineNumber();
            if (!fieldCountMatches(f, record, report)) {
                return Optional.empty();
            }
            CsvHeader h = f.header;
            RelKind rel = h.relKind().orElse(null);
            String start = null;
            String end = null;
            boolean ok = true;
            Map<String, Object> props = new LinkedHashMap<>();
            for (Column c : h.columns()) {
                String cell = record.getField(c.index());
                switch (c.role()) {
                    case START_ID -> start = cell;
                    case END_ID -> end = cell;
                    case TYPE -> {
                        rel = RelKind.byType(cell).orElse(null);
                        if (rel == null && report) {
                            problem(f, line, c.name(), "unknown relationship type '" + PropertyType.abbreviate(cell) + "'; types: " + RelKind.allTypes());
                            ok = false;
                        }
                    }
                    case PROPERTY -> ok &= parseCell(f, line, c, cell, props, report);
                    default -> {
                    }
                }
            }
            if (!report) {
                return Optional.of(new Typed(rel, new RelRow(start, end, props)));
            }
            for (Column c : List.of(h.column(Role.START_ID), h.column(Role.END_ID))) {
                String v = record.getField(c.index());
                Optional<String> p = v.isEmpty() ? Optional.of("is empty; the relationship needs both endpoints") : Validator.idProblem(v);
                if (p.isPresent()) {
                    problem(f, line, c.name(), p.get());
                    ok = false;
                }
            }
            if (!ok || rel == null) {
                return Optional.empty();
            }
            List<Violation> violations = Validator.validateRelationship(rel, h.startKind(), h.endKind(), props);
            violations.forEach(v -> problem(f, line, v.property(), v.message()));
            return violations.isEmpty() ? Optional.of(new Typed(rel, new RelRow(start, end, props))) : Optional.empty();
        }

        boolean parseCell(InputFile f, long line, Column c, String cell, Map<String, Object> props, boolean report) {
            if (cell.isEmpty()) {
                return true; // absent
            }
            try {
                props.put(c.name(), c.spec().normalise(c.spec().type().parse(cell)));
                return true;
            } catch (IllegalArgumentException e) {
                if (report) {
                    problem(f, line, c.name(), e.getMessage());
                }
                return false;
            }
        }

        boolean fieldCountMatches(InputFile f, CsvRecord record, boolean report) {
            int expected = f.header.width();
            if (record.getFieldCount() < expected || record.getFieldCount() > expected && !trailingEmpty(record, expected)) {
                if (report) {
                    problem(f, record.getStartingLineNumber(), null, "expected " + expected + " columns but found " + record.getFieldCount());
                }
                return false;
            }
            return true;
        }

        void forEachRow(InputFile f, java.util.function.Consumer<CsvRecord> action) {
            try (Reader r = f.source.reader(); CsvReader<CsvRecord> csv = csv(r)) {
                var it = csv.iterator();
                if (it.hasNext()) {
                    it.next(); // header
                }
                while (it.hasNext()) {
                    action.accept(it.next());
                }
            } catch (IOException | UncheckedIOException | CsvParseException e) {
                problem(f, lineOf(e), columnOf(e, f.header), readError(e));
                f.header = null; // unreadable: none of it is written
            }
        }

        ImportReport report(boolean written, boolean bulk, long nodes, long rels, long started) {
            List<ImportReport.FileReport> reports = files.stream().map(f -> new ImportReport.FileReport(
                    f.source.name(), f.holds(), f.rows, f.header == null ? f.rows : f.invalidLines.size(), f.written)).toList();
            return new ImportReport(reports, List.copyOf(problems), problemCount, written, bulk, nodes, rels,
                    System.currentTimeMillis() - started);
        }
    }

    private static String missing(NodeKind kind, String id) {
        return "no " + kind.label() + " with id '" + PropertyType.abbreviate(id) + "' in this import (as a valid row) or in the database";
    }

    /**
     * Writes valid rows as neo4j-admin import files: one per node input, one per relationship input and type.
     * Nodes are numbered 0, 1, 2, ... in the order they validate, and the files use these numbers as the store's
     * actual node ids ({@code --id-type=actual}), so Neo4j's importer needs no id mapping; the model's id is an
     * ordinary {@code id} property.
     */
    private static final class AdminSink implements AutoCloseable {
        final Path dir;
        long nextNodeNumber;
        final List<AdminFile> nodeFiles = new ArrayList<>();
        final List<AdminFile> relFiles = new ArrayList<>();
        final Map<String, de.siegmar.fastcsv.writer.CsvWriter> writers = new HashMap<>();
        boolean multiline;

        AdminSink(Path dir) {
            this.dir = dir;
        }

        void node(InputFile f, NodeRow row, long number) {
            NodeKind kind = f.header.nodeKind();
            List<Column> props = propertyColumns(f);
            de.siegmar.fastcsv.writer.CsvWriter out = writers.computeIfAbsent(f.index + "", k -> {
                Path p = dir.resolve(String.format("%03d-%s.csv", f.index, kind.label()));
                nodeFiles.add(new AdminFile(String.join(":", kind.labels()), p));
                return adminWriter(p, headerOf(":ID,id", props));
            });
            List<String> cells = new ArrayList<>(props.size() + 2);
            cells.add(Long.toString(number));
            cells.add(row.id());
            addCells(cells, props, row.props());
            out.writeRecord(cells);
            f.written++;
        }

        void relationship(InputFile f, Pass.Typed t, long start, long end) {
            List<Column> props = propertyColumns(f);
            de.siegmar.fastcsv.writer.CsvWriter out = writers.computeIfAbsent(f.index + ":" + t.rel().type(), k -> {
                Path p = dir.resolve(String.format("%03d-%s.csv", f.index, t.rel().type()));
                relFiles.add(new AdminFile(t.rel().type(), p));
                return adminWriter(p, headerOf(":START_ID,:END_ID", props));
            });
            List<String> cells = new ArrayList<>(props.size() + 2);
            cells.add(Long.toString(start));
            cells.add(Long.toString(end));
            addCells(cells, props, t.row().props());
            out.writeRecord(cells);
            f.written++;
        }

        private final Map<Integer, List<Column>> propertyColumns = new HashMap<>();

        private List<Column> propertyColumns(InputFile f) {
            return propertyColumns.computeIfAbsent(f.index,
                    i -> f.header.columns().stream().filter(c -> c.role() == Role.PROPERTY).toList());
        }

        private void addCells(List<String> cells, List<Column> props, Map<String, Object> values) {
            for (Column c : props) {
                Object v = values.get(c.name());
                String s = v == null ? "" : v.toString();
                if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                    multiline = true;
                }
                cells.add(s);
            }
        }

        @Override
        public void close() throws IOException {
            for (var w : writers.values()) {
                w.close();
            }
        }
    }

    private static List<String> headerOf(String ids, List<Column> props) {
        List<String> header = new ArrayList<>(List.of(ids.split(",")));
        for (Column c : props) {
            header.add(c.spec().type() == org.kamgraph.model.PropertyType.STRING ? c.name() : c.name() + ":" + c.spec().type().csvName());
        }
        return header;
    }

    private static de.siegmar.fastcsv.writer.CsvWriter adminWriter(Path p, List<String> header) {
        try {
            var w = de.siegmar.fastcsv.writer.CsvWriter.builder().bufferSize(1 << 16).build(p, java.nio.charset.StandardCharsets.UTF_8);
            w.writeRecord(header);
            return w;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Clinicians are Persons: the two kinds share one id space. */
    static NodeKind idSpace(NodeKind kind) {
        return kind == NodeKind.CLINICIAN ? NodeKind.PERSON : kind;
    }

    private static boolean trailingEmpty(CsvRecord record, int from) {
        for (int i = from; i < record.getFieldCount(); i++) {
            if (!record.getField(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Longest field read, in characters: the model's texts are at most 4,000 characters, so a longer field can only be
     * a mistake (or an attack); it is refused as soon as it is seen, without reading the rest of it into memory.
     */
    public static final int MAX_FIELD_CHARS = 65_536;
    /** Longest row, in characters. */
    public static final int MAX_ROW_CHARS = 1 << 20;
    /** Most fields in a row. */
    public static final int MAX_FIELDS = 1_000;

    private static CsvReader<CsvRecord> csv(Reader r) {
        // The parser's buffer holds one field as written (quotes doubled), so twice the field limit bounds it. (It
        // grows from 8,192 by doubling: a size off that sequence makes FastCSV 4.1 read past the buffer's end.)
        return CsvReader.builder().skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
                .detectBomHeader(false).maxBufferSize(2 * MAX_FIELD_CHARS)
                .build(de.siegmar.fastcsv.reader.CsvRecordHandler.of(b -> b.maxFields(MAX_FIELDS)
                        .maxFieldSize(MAX_FIELD_CHARS).maxRecordSize(MAX_ROW_CHARS)), new LoneCarriageReturns(r));
    }

    /**
     * Reads a lone carriage return (one not followed by a line feed) as a line feed. FastCSV 4.1 otherwise loses a
     * row whose quoted last field holds one (the line feed after the closing quote is taken for the second half of a
     * CR LF and the row runs on into the next, or vanishes at the end of the file). Outside quotes a lone CR ends a
     * line either way; inside quotes the text keeps a line break, as LF.
     */
    static final class LoneCarriageReturns extends Reader {
        private final Reader in;
        /** A character read ahead to look past a CR at the end of a chunk, or -1. */
        private int pending = -1;

        LoneCarriageReturns(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int n;
            if (pending >= 0) {
                cbuf[off] = (char) pending;
                pending = -1;
                int more = len > 1 ? in.read(cbuf, off + 1, len - 1) : 0;
                n = 1 + Math.max(more, 0);
            } else {
                n = in.read(cbuf, off, len);
                if (n <= 0) {
                    return n;
                }
            }
            int end = off + n;
            for (int i = off; i < end; i++) {
                if (cbuf[i] == '\r') {
                    if (i + 1 < end) {
                        if (cbuf[i + 1] != '\n') {
                            cbuf[i] = '\n';
                        }
                    } else {
                        int next = in.read();
                        if (next != '\n') {
                            cbuf[i] = '\n';
                        }
                        pending = next; // -1 at the end of input
                    }
                }
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static String readError(Exception e) {
        Throwable c = e;
        String detail = null;
        while (c != null) {
            if (c instanceof CharacterCodingException) {
                return "the file is not valid UTF-8";
            }
            String m = String.valueOf(c.getMessage());
            if (m.contains("max field size") || m.contains("maximum buffer size")) {
                return String.format("a field is longer than %,d characters (texts are at most 4,000), or a quote (\") is not closed",
                        MAX_FIELD_CHARS);
            }
            if (m.contains("max record size")) {
                return String.format("the row is longer than %,d characters", MAX_ROW_CHARS);
            }
            if (m.contains("maximum limit of") && m.contains("fields")) {
                return String.format("the row has more than %,d fields", MAX_FIELDS);
            }
            if (c != e && c.getMessage() != null) {
                detail = c.getMessage();
            }
            c = c.getCause();
        }
        return "cannot read the file: " + PropertyType.abbreviate(detail != null ? detail : String.valueOf(e.getMessage()));
    }

    /** The header column of a parse error's "Field at index N", when known. */
    private static String columnOf(Exception e, CsvHeader header) {
        for (Throwable c = e; c != null && header != null; c = c.getCause()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Field at index (\\d+)").matcher(String.valueOf(c.getMessage()));
            if (m.find()) {
                int index = Integer.parseInt(m.group(1));
                return header.columns().stream().filter(col -> col.index() == index).map(Column::name).findFirst().orElse(null);
            }
        }
        return null;
    }

    private static long lineOf(Exception e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
        return m.find() ? Long.parseLong(m.group(1)) : 1;
    }
}
