package org.kamgraph.cypher.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kamgraph.cypher.ingest.GraphWriter.NodeRow;
import org.kamgraph.cypher.ingest.GraphWriter.RelRow;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.PropertyType;
import org.kamgraph.model.RelKind;
import org.kamgraph.model.ReportingLines;
import org.kamgraph.model.Validator;
import org.kamgraph.model.Violation;

/**
 * The first pass of an import: reads every input through its {@link RowReader} and checks every row against the
 * model: its values, duplicate ids, legal endpoints, endpoints that exist in the import (or, looked up afterwards, in
 * the database) and reporting lines that close no cycle. Every problem names its input, line and column; a line with
 * a problem is not written. It knows rows and their positions, not file formats.
 */
final class ImportValidation {
    final List<ImportInput> inputs = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private long problemCount;
    /** Ids of valid node rows per id space, with where each was first defined and (for a new store) its node number. */
    private final NodeIds nodeIds = new NodeIds();
    /** Relationship endpoints not defined in this import: looked up in the database afterwards (or every 10,000). */
    private final Map<NodeKind, Map<String, List<Position>>> unresolved = new EnumMap<>(NodeKind.class);
    /** Where endpoints are looked up while validating (memory stays bounded by the distinct ids); null: afterwards. */
    private GraphWriter lookup;
    /** Endpoint ids the database was found to have, per kind (with {@link #lookup}). */
    private final Map<NodeKind, Set<String>> inDatabase = new EnumMap<>(NodeKind.class);
    private long unresolvedRows;
    private static final int LOOKUP_IDS = 10_000;
    /** Hashes of relationship identities, sorted at the end: an equal one means "maybe a repeat", never proof. */
    private int repeatBuffer = RepeatedIdentities.DEFAULT_BUFFER;
    private RepeatedIdentities relationshipIdentities;
    /** Whether to look for repeated relationship identities (only creates need to know; upserts merge them). */
    private boolean trackIdentities = true;
    /** The valid REPORTS_TO rows, in input order, for the reporting-line cycle check. */
    private final List<ReportingRow> reportingLines = new ArrayList<>();
    /** Set when validating for a new store: valid rows go there, and there is no database to ask. */
    private final AdminImportFiles newStore;
    private final ImportProgress progress;
    private long validatedRows;

    /** Where a row is: input index, line and column. */
    private record Position(int input, long line, String column) {
    }

    /** A valid REPORTS_TO row and where it is. */
    private record ReportingRow(ReportingLines.Line line, ImportInput input, long lineNumber, String column) {
    }

    /** @param newStore where valid rows are written as they pass, for a new store; null to validate only */
    ImportValidation(List<? extends RowReader> readers, ImportProgress progress, AdminImportFiles newStore) {
        readers.forEach(r -> inputs.add(new ImportInput(r)));
        this.progress = progress;
        this.newStore = newStore;
    }

    long problemCount() {
        return problemCount;
    }

    boolean hasReportingLines() {
        return !reportingLines.isEmpty();
    }

    void problem(ImportInput input, long line, String column, String reason) {
        problemCount++;
        ImportProblem p = new ImportProblem(input.name(), line, column, reason);
        if (problems.size() < ImportReport.MAX_LISTED_PROBLEMS) {
            problems.add(p);
        }
        progress.problem(p);
        if (line > 1) {
            input.invalidLines.add(line);
        }
    }

    /** Problems of one input, as its reader reports them: with {@code rows} false only those that stop the input. */
    RowReader.Problems problemsOf(ImportInput input, boolean rows) {
        return new RowReader.Problems() {
            public void row(long line, String column, String reason) {
                if (rows) {
                    problem(input, line, column, reason);
                }
            }

            public void input(long line, String column, String reason) {
                problem(input, line, column, reason);
                input.shape = null; // unreadable: none of it is written
            }
        };
    }

    /**
     * Looks relationship endpoints that the import does not define up in {@code writer}'s database as validation goes,
     * in chunks, keeping the ids found instead of every row's position: for inputs of many millions of rows.
     */
    void lookUpEndpointsIn(GraphWriter writer) {
        this.lookup = writer;
    }

    /** Whether the rows will be created (bulk) rather than upserted: only then do repeated identities matter. */
    void trackRepeatedRelationships(boolean track) {
        this.trackIdentities = track;
    }

    /** How many relationship identities are held in memory before a sorted run of them is spilled to a file. */
    void repeatBuffer(int identities) {
        this.repeatBuffer = identities;
    }

    /** The number of sorted runs of relationship identities spilled to files (for tests). */
    int spilledIdentityRuns;

    /** The node ids held and their bytes, for the log. */
    String nodeIdFootprint() {
        return String.format(java.util.Locale.ROOT, "%,d node ids in %,d MB", nodeIds.size(), nodeIds.footprint() >> 20);
    }

    void validate() {
        for (ImportInput input : inputs) {
            input.shape = input.reader.shape(problemsOf(input, true));
        }
        // Nodes first, so relationship endpoints can be checked against them.
        inputs.sort(Comparator.comparing((ImportInput f) -> !f.holdsNodes()));
        for (int i = 0; i < inputs.size(); i++) {
            inputs.get(i).index = i;
        }
        try (RepeatedIdentities identities = trackIdentities
                ? new RepeatedIdentities(newStore == null ? null : newStore.dir(), repeatBuffer) : null) {
            relationshipIdentities = identities;
            for (ImportInput input : inputs) {
                if (input.shape == null) {
                    continue;
                }
                input.reader.read(problemsOf(input, true), row -> {
                    input.rows++;
                    if (++validatedRows % 100_000 == 0) {
                        progress.validating(input.name(), validatedRows);
                    }
                    switch (row) {
                        case InputRow.Node n -> checkNode(input, n);
                        case InputRow.Relationship r -> checkRelationship(input, r);
                        case InputRow.Unreadable u -> {
                        }
                    }
                });
            }
            if (identities != null) {
                spilledIdentityRuns = identities.spilledRuns();
                BitSet repeating = identities.repeatingInputs();
                for (int i = repeating.nextSetBit(0); i >= 0; i = repeating.nextSetBit(i + 1)) {
                    inputs.get(i).possibleDuplicates = true;
                }
            }
        } finally {
            relationshipIdentities = null;
        }
    }

    private void checkNode(ImportInput input, InputRow.Node node) {
        if (!node.complete()) {
            return;
        }
        long line = node.line();
        NodeKind kind = input.shape.nodeKind();
        List<Violation> violations = Validator.validateNode(kind, node.row().props());
        violations.forEach(v -> problem(input, line, v.property(), v.message()));
        if (!violations.isEmpty()) {
            return;
        }
        String id = node.row().id();
        NodeKind space = idSpace(kind);
        int entry = nodeIds.find(space, id);
        if (entry >= 0) {
            long first = nodeIds.where(entry);
            problem(input, line, "id", "duplicate id '" + id + "' for " + space.label()
                    + " (first at " + inputs.get(NodeIds.input(first)).name() + ":" + NodeIds.line(first) + ")");
            return;
        }
        // Only valid nodes get a number: 0, 1, 2, ... without gaps, the new store's node ids.
        int number = nodeIds.put(space, id, input.index, line, kind == NodeKind.CLINICIAN);
        if (newStore != null) {
            newStore.node(input, node.row(), number);
        }
    }

    private void checkRelationship(ImportInput input, InputRow.Relationship rel) {
        if (!validRelationship(input, rel)) {
            return;
        }
        long line = rel.line();
        InputShape s = input.shape;
        RelRow r = rel.row();
        int start = checkEndpoint(input, line, s.startField(), s.startKind(), r.start());
        int end = checkEndpoint(input, line, s.endField(), s.endKind(), r.end());
        boolean ok = start != INVALID && end != INVALID;
        if (relationshipIdentities != null) {
            relationshipIdentities.add(identity(rel.type(), s.startKind(), r.start(), s.endKind(), r.end(), r.props()), input.index);
        }
        if (ok && rel.type() == RelKind.REPORTS_TO) {
            reportingLines.add(new ReportingRow(new ReportingLines.Line(ReportingLineCheck.key(s.startKind(), r.start()),
                    ReportingLineCheck.key(s.endKind(), r.end()), (LocalDate) r.props().get("validFrom"),
                    (LocalDate) r.props().get("validTo")), input, line, s.endField()));
        }
        if (ok && newStore != null) { // for a new store every endpoint is in the import: both are node entries
            newStore.relationship(input, rel, NodeIds.entryNumber(start), NodeIds.entryNumber(end));
        }
    }

    /** The row's own checks: both endpoint ids, then (when every value was typed) the model's rules. */
    private boolean validRelationship(ImportInput input, InputRow.Relationship rel) {
        boolean ok = rel.complete();
        InputShape s = input.shape;
        ok &= validEndpointId(input, rel.line(), s.startField(), rel.row().start());
        ok &= validEndpointId(input, rel.line(), s.endField(), rel.row().end());
        if (!ok || rel.type() == null) {
            return false;
        }
        List<Violation> violations = Validator.validateRelationship(rel.type(), s.startKind(), s.endKind(), rel.row().props());
        violations.forEach(v -> problem(input, rel.line(), v.property(), v.message()));
        return violations.isEmpty();
    }

    private boolean validEndpointId(ImportInput input, long line, String field, String id) {
        Optional<String> p = id.isEmpty() ? Optional.of("is empty; the relationship needs both endpoints") : Validator.idProblem(id);
        p.ifPresent(reason -> problem(input, line, field, reason));
        return p.isEmpty();
    }

    /** {@link #checkEndpoint}: the endpoint is known to be missing or wrong. */
    private static final int INVALID = -1;
    /** {@link #checkEndpoint}: the endpoint is not in the import; it is (or will be) looked up in the database. */
    private static final int ELSEWHERE = -2;

    /**
     * The endpoint's node entry ({@link NodeIds#find}) when the import defines it; {@link #INVALID} when it is known to
     * be missing or wrong; {@link #ELSEWHERE} when it is looked up in the database (now or later).
     */
    private int checkEndpoint(ImportInput input, long line, String column, NodeKind kind, String id) {
        int defined = nodeIds.find(idSpace(kind), id);
        if (defined >= 0) {
            if (kind == NodeKind.CLINICIAN && !NodeIds.entryClinician(defined)) {
                problem(input, line, column, "'" + id + "' is a Person in this import, not a Clinician");
                return INVALID;
            }
            return defined;
        }
        if (newStore != null) {
            problem(input, line, column, missing(kind, id));
            return INVALID;
        }
        if (lookup != null && inDatabase.getOrDefault(kind, Set.of()).contains(id)) {
            return ELSEWHERE;
        }
        unresolved.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(id, k -> new ArrayList<>(1))
                .add(new Position(input.index, line, column));
        if (lookup != null && (++unresolvedRows >= 10 * LOOKUP_IDS
                || unresolved.values().stream().mapToInt(Map::size).sum() >= LOOKUP_IDS)) {
            resolveEndpointsInDatabase(lookup);
        }
        return ELSEWHERE;
    }

    /**
     * One reporting-line direction: no REPORTS_TO row may close a cycle of lines valid on one day, with the stored
     * lines or the rows before it. Each such row is a problem naming its input, line and the cycle. Returns how many.
     */
    int checkReportingLines(List<ReportingLines.Line> stored) {
        if (reportingLines.isEmpty()) {
            return 0;
        }
        List<ReportingLines.Cycle> cycles = ReportingLines.cycles(stored, reportingLines.stream().map(ReportingRow::line).toList());
        for (ReportingLines.Cycle c : cycles) {
            ReportingRow row = reportingLines.get(c.newLine());
            problem(row.input(), row.lineNumber(), row.column(), "this REPORTS_TO row closes " + ReportingLineCheck.describe(c)
                    + "; REPORTS_TO goes from the report to the manager");
        }
        return cycles.size();
    }

    /** Looks up the endpoints not defined in the import, 10,000 ids a query; each missing one is a problem where used. */
    void resolveEndpointsInDatabase(GraphWriter writer) {
        for (Map.Entry<NodeKind, Map<String, List<Position>>> e : unresolved.entrySet()) {
            List<String> ids = new ArrayList<>(e.getValue().keySet());
            for (int i = 0; i < ids.size(); i += LOOKUP_IDS) {
                List<String> chunk = ids.subList(i, Math.min(ids.size(), i + LOOKUP_IDS));
                Set<String> found = writer.existingIds(e.getKey(), chunk);
                if (lookup != null) {
                    inDatabase.computeIfAbsent(e.getKey(), k -> new HashSet<>()).addAll(found);
                }
                for (String id : chunk) {
                    if (!found.contains(id)) {
                        for (Position l : e.getValue().get(id)) {
                            problem(inputs.get(l.input()), l.line(), l.column(), missing(e.getKey(), id));
                        }
                    }
                }
            }
        }
        unresolved.clear();
        unresolvedRows = 0;
    }

    ImportReport report(boolean written, boolean bulk, long nodes, long rels, long started) {
        return new ImportReport(inputs.stream().map(ImportInput::report).toList(), List.copyOf(problems), problemCount,
                written, bulk, nodes, rels, System.currentTimeMillis() - started);
    }

    private static String missing(NodeKind kind, String id) {
        return "no " + kind.label() + " with id '" + PropertyType.abbreviate(id) + "' in this import (as a valid row) or in the database";
    }

    /** Clinicians are Persons: the two kinds share one id space. */
    static NodeKind idSpace(NodeKind kind) {
        return kind == NodeKind.CLINICIAN ? NodeKind.PERSON : kind;
    }

    /**
     * A relationship's identity (type, start id space and id, end id space and id, validFrom, and the type's
     * {@link RelKind#identityProperties}) as a 64-bit hash: FNV-1a over the ids' characters with a separator after
     * each part, finished by MurmurHash3's mixer.
     */
    static long identity(RelKind type, NodeKind startKind, String start, NodeKind endKind, String end, java.util.Map<String, Object> props) {
        Object validFrom = props.get("validFrom");
        long h = 0xcbf29ce484222325L;
        h = part(h, type.ordinal());
        h = part(h, idSpace(startKind).ordinal());
        h = part(h, start);
        h = part(h, idSpace(endKind).ordinal());
        h = part(h, end);
        h = part(h, validFrom instanceof LocalDate d ? d.toEpochDay() : validFrom == null ? Long.MIN_VALUE : validFrom.hashCode());
        for (String p : type.identityProperties()) {
            h = part(h, String.valueOf(props.get(p)));
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static long part(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= 0x1F;
        return h * 0x100000001b3L;
    }

    private static long part(long h, long v) {
        for (int i = 0; i < 8; i++) {
            h ^= (v >>> (i * 8)) & 0xFF;
            h *= 0x100000001b3L;
        }
        h ^= 0x1F;
        return h * 0x100000001b3L;
    }
}
