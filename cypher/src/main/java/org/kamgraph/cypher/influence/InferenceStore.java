package org.kamgraph.cypher.influence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.cypher.Cypher;
import org.kamgraph.cypher.Neo4jRunner;
import org.neo4j.driver.Value;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The reads and writes of influence inferred from evidence (docs/INFERENCE.md): the people to infer for, the evidence
 * around a batch of them, the open inferred INFLUENCES leaving them, and the batched writes of what changed. Only
 * INFLUENCES with {@code source = 'inferred'} are ever written; an edge a user or the CRM entered is never touched.
 *
 * <p>A run ({@link #start}) reads the people once, then batch by batch ({@link Run#read}) each person's ties with the
 * evidence of each pair, the person's own KOL payments and prescribing, and, only for the tied people of a person who
 * has some, their prescribing (once per batch, not once per pair). With the embedded database and no territory the
 * reads go through Neo4j's kernel API ({@link KernelInferenceReads}: cursors, no Cypher, no element-id strings) and the
 * writes through its Java API; otherwise through the Cypher statements {@code inference-*.cypher} over the driver.
 * Both give the same evidence, so the same edges. Reads run without the GraphQL read timeout (a run is not a request
 * anybody waits on), and writes are split into transactions of at most {@value #WRITES_PER_TRANSACTION} rows.
 */
public final class InferenceStore {
    /** The source of every inferred INFLUENCES. */
    public static final String SOURCE = "inferred";
    /** Rows written in one transaction at most. */
    static final int WRITES_PER_TRANSACTION = 20_000;

    private final Neo4jRunner runner;
    private final GraphDatabaseService embedded;

    /** Reads and writes over the driver (Cypher). */
    public InferenceStore(Neo4jRunner runner) {
        this(runner, null);
    }

    /**
     * @param embedded the embedded database (default database) to read and write in-process, or null to use the
     *                 driver only
     */
    public InferenceStore(Neo4jRunner runner, GraphDatabaseService embedded) {
        this.runner = runner.withReadTimeout(null);
        this.embedded = embedded;
    }

    /**
     * Where and when a run looks: evidence valid on some day from {@code since} to {@code asOf}, people valid on
     * {@code asOf} within the territories {@code scope} (null: everyone).
     */
    public record Window(LocalDate asOf, LocalDate since, List<String> scope, Set<String> kolNatures) {
        Map<String, Object> parameters() {
            Map<String, Object> p = new HashMap<>();
            p.put("asOf", asOf);
            p.put("since", since);
            p.put("scope", scope);
            p.put("kolNatures", List.copyOf(kolNatures));
            p.put("source", SOURCE);
            return p;
        }
    }

    public record Referral(Long patients, Long claims, Long sameDay, LocalDate from) {
    }

    /** A committee both sat on, with the validFrom of a's seat and of b's. */
    public record Committee(String name, LocalDate aFrom, LocalDate bFrom) {
    }

    /** A KOL payment: product (a key) and its name, nature, payments summed (null: one), amount, date. */
    public record Payment(String product, String productName, String nature, Long payments, double amount, LocalDate date) {
    }

    /**
     * A PRESCRIBES up to the as-of day: product (a key) and name (null where not read), validFrom, and whether it was
     * valid in the window ({@code current}).
     */
    public record Prescription(String product, String productName, LocalDate from, boolean current) {
    }

    /**
     * The evidence that a influences b (person keys): referrals b → a, committees both sat on, whether b reports to a
     * (and since when: one entry per REPORTS_TO b → a), and b's prescribing (for the KOL and adoption terms: read only
     * when a has KOL payments or prescribing, else empty).
     */
    public record Evidence(String a, String b, List<Referral> referrals, List<Committee> committees, List<LocalDate> reports,
                           int reportingLines, List<Prescription> prescribing) {
    }

    /** What person a brings to the KOL and adoption terms: their KOL payments and their prescribing. */
    public record Own(String a, List<Payment> payments, List<Prescription> prescribing) {
    }

    /** An open inferred INFLUENCES a → b (relationship key {@code rel}). */
    public record Existing(String a, String b, String rel, Double strength, String basis, String evidence, LocalDate validFrom) {
    }

    /** A relationship to create (a → b) or to change (rel), with its properties. */
    public record Write(String a, String b, String rel, Map<String, Object> props) {
    }

    /** What a batch of people brings: the evidence of each tied pair, their own evidence, their open inferred edges. */
    public record Batch(List<Evidence> evidence, Map<String, Own> own, List<Existing> existing) {
    }

    /** One run: the people (read when it starts), their evidence by batches, the writes. Keys are the run's own. */
    public interface Run {
        /** How many people the run infers for. */
        int people();

        /** Whether the reads and writes are in-process (kernel API) rather than Cypher. */
        boolean inProcess();

        /**
         * The evidence of people {@code from..to-1} (in the run's order) and, when {@code existing}, the open inferred
         * INFLUENCES leaving them (none is read otherwise: a run that knows there are none).
         */
        Batch read(int from, int to, boolean existing);

        /** Creates, changes and ends inferred INFLUENCES (transactions of at most 20,000 rows). */
        void write(List<Write> create, List<Write> update, List<Write> end);
    }

    /** Starts a run: reads the people to infer for. */
    public Run start(Window w) {
        if (embedded != null && w.scope() == null) {
            return new KernelInferenceReads(embedded, w);
        }
        return new CypherRun(w, people(w));
    }

    /** Whether the store holds any inferred INFLUENCES at all (when not, a run only creates). */
    public boolean anyInferred() {
        return runner.read(Cypher.load("inference-any"), Map.of("source", SOURCE), r -> r.get("any").asBoolean()).getFirst();
    }

    /** The element ids of the people to infer for, in order. */
    public List<String> people(Window w) {
        return runner.read(Cypher.load("inference-people"), w.parameters(), r -> r.get("eid").asString());
    }

    /** The run over the driver: element ids as keys, Cypher statements. */
    private final class CypherRun implements Run {
        private final Window window;
        private final List<String> people;

        CypherRun(Window window, List<String> people) {
            this.window = window;
            this.people = people;
        }

        @Override
        public int people() {
            return people.size();
        }

        @Override
        public boolean inProcess() {
            return false;
        }

        @Override
        public Batch read(int from, int to, boolean existing) {
            List<String> ids = people.subList(from, to);
            Map<String, Own> own = own(ids, window);
            List<Evidence> evidence = evidence(ids, window);
            Set<String> tiedToOwners = new LinkedHashSet<>();
            for (Evidence e : evidence) {
                if (own.containsKey(e.a())) {
                    tiedToOwners.add(e.b());
                }
            }
            Map<String, List<Prescription>> prescribing = prescribing(List.copyOf(tiedToOwners), window);
            List<Evidence> withPrescribing = new ArrayList<>(evidence.size());
            for (Evidence e : evidence) {
                List<Prescription> x = own.containsKey(e.a()) ? prescribing.getOrDefault(e.b(), List.of()) : List.of();
                withPrescribing.add(new Evidence(e.a(), e.b(), e.referrals(), e.committees(), e.reports(), e.reportingLines(), x));
            }
            return new Batch(withPrescribing, own, existing ? existing(ids, window) : List.of());
        }

        @Override
        public void write(List<Write> create, List<Write> update, List<Write> end) {
            InferenceStore.this.write(create, update, end);
        }
    }

    /** The evidence between each person of the batch and the people tied to them (prescribing left empty). */
    List<Evidence> evidence(List<String> ids, Window w) {
        Map<String, Object> p = w.parameters();
        p.put("ids", ids);
        return runner.read(Cypher.load("inference-evidence"), p, r -> {
            List<Referral> referrals = r.get("referrals").asList(v -> new Referral(longOrNull(v.get("patients")),
                    longOrNull(v.get("claims")), longOrNull(v.get("sameDay")), date(v.get("from"))));
            List<Committee> committees = r.get("committees").asList(v -> new Committee(string(v.get("name")),
                    date(v.get("from1")), date(v.get("from2"))));
            List<LocalDate> reports = new ArrayList<>();
            for (Value v : r.get("reports").values()) {
                reports.add(date(v.get("from")));
            }
            return new Evidence(r.get("a").asString(), r.get("b").asString(), referrals, committees, reports, reports.size(), List.of());
        });
    }

    /** The prescribing of each of {@code ids} (people with none are left out). */
    Map<String, List<Prescription>> prescribing(List<String> ids, Window w) {
        Map<String, List<Prescription>> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 10_000) {
            Map<String, Object> p = w.parameters();
            p.put("ids", ids.subList(from, Math.min(ids.size(), from + 10_000)));
            runner.read(Cypher.load("inference-prescribing"), p, r -> {
                out.put(r.get("b").asString(), r.get("prescribing").asList(v -> new Prescription(v.get("product").asString(), null,
                        date(v.get("from")), v.get("current").asBoolean(false))));
                return null;
            });
        }
        return out;
    }

    /** The KOL payments and prescribing of the batch's people, by element id (people with neither are left out). */
    Map<String, Own> own(List<String> ids, Window w) {
        Map<String, Object> p = w.parameters();
        p.put("ids", ids);
        Map<String, Own> out = new HashMap<>();
        runner.read(Cypher.load("inference-own"), p, r -> {
            List<Payment> payments = r.get("payments").asList(v -> new Payment(v.get("product").asString(), string(v.get("name")),
                    string(v.get("nature")), longOrNull(v.get("payments")), v.get("amount").isNull() ? 0 : v.get("amount").asDouble(),
                    date(v.get("date"))));
            List<Prescription> prescribing = r.get("prescribing").asList(v -> new Prescription(v.get("product").asString(),
                    string(v.get("name")), date(v.get("from")), true));
            out.put(r.get("a").asString(), new Own(r.get("a").asString(), payments, prescribing));
            return null;
        });
        return out;
    }

    /** The open inferred INFLUENCES leaving the batch's people. */
    List<Existing> existing(List<String> ids, Window w) {
        Map<String, Object> p = w.parameters();
        p.put("ids", ids);
        return runner.read(Cypher.load("inference-existing"), p, r -> new Existing(r.get("a").asString(), r.get("b").asString(),
                r.get("rel").asString(), r.get("strength").isNull() ? null : r.get("strength").asDouble(), string(r.get("basis")),
                string(r.get("evidence")), date(r.get("validFrom"))));
    }

    /** Creates, changes and ends inferred INFLUENCES (element ids), at most {@value #WRITES_PER_TRANSACTION} rows a transaction. */
    void write(List<Write> create, List<Write> update, List<Write> end) {
        for (int from = 0; from < create.size(); from += WRITES_PER_TRANSACTION) {
            List<Write> part = create.subList(from, Math.min(create.size(), from + WRITES_PER_TRANSACTION));
            runner.write(Cypher.load("inference-create"), Map.of("rows", rows(part), "source", SOURCE));
        }
        for (int from = 0; from < update.size(); from += WRITES_PER_TRANSACTION) {
            List<Write> part = update.subList(from, Math.min(update.size(), from + WRITES_PER_TRANSACTION));
            runner.write(Cypher.load("inference-update"), Map.of("rows", rows(part), "source", SOURCE));
        }
        for (int from = 0; from < end.size(); from += WRITES_PER_TRANSACTION) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Write w : end.subList(from, Math.min(end.size(), from + WRITES_PER_TRANSACTION))) {
                rows.add(Map.of("rel", w.rel(), "validTo", w.props().get("validTo"), "lastVerified", w.props().get("lastVerified")));
            }
            runner.write(Cypher.load("inference-end"), Map.of("rows", rows, "source", SOURCE));
        }
    }

    private static List<Map<String, Object>> rows(List<Write> writes) {
        List<Map<String, Object>> rows = new ArrayList<>(writes.size());
        for (Write w : writes) {
            Map<String, Object> row = new HashMap<>();
            row.put("a", w.a());
            row.put("b", w.b());
            row.put("rel", w.rel());
            row.put("props", w.props());
            rows.add(row);
        }
        return rows;
    }

    private static Long longOrNull(Value v) {
        return v == null || v.isNull() ? null : v.asLong();
    }

    private static LocalDate date(Value v) {
        return v == null || v.isNull() ? null : v.asLocalDate();
    }

    private static String string(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }
}
