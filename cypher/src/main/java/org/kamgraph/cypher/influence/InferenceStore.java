package org.kamgraph.cypher.influence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.cypher.Cypher;
import org.kamgraph.cypher.Neo4jRunner;
import org.neo4j.driver.Value;

/**
 * The reads and writes of influence inferred from evidence (docs/INFERENCE.md): the people to infer for, the evidence
 * around a batch of them, the open inferred INFLUENCES leaving them, and the batched writes of what changed. Only
 * INFLUENCES with {@code source = 'inferred'} are ever written; an edge a user or the CRM entered is never touched.
 */
public final class InferenceStore {
    /** The source of every inferred INFLUENCES. */
    public static final String SOURCE = "inferred";

    private final Neo4jRunner runner;

    public InferenceStore(Neo4jRunner runner) {
        this.runner = runner;
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

    /** A KOL payment: product (element id) and its name, nature, payments summed (null: one), amount, date. */
    public record Payment(String product, String productName, String nature, Long payments, double amount, LocalDate date) {
    }

    /**
     * A PRESCRIBES up to the as-of day: product (element id) and name (null where not read), validFrom, and whether it
     * was valid in the window ({@code current}).
     */
    public record Prescription(String product, String productName, LocalDate from, boolean current) {
    }

    /**
     * The evidence that a influences b (element ids): referrals b → a, committees both sat on, whether b reports to a
     * (and since when: one entry per REPORTS_TO b → a), and b's prescribing (for the KOL and adoption terms).
     */
    public record Evidence(String a, String b, List<Referral> referrals, List<Committee> committees, List<LocalDate> reports,
                           int reportingLines, List<Prescription> prescribing) {
    }

    /** What person a brings to the KOL and adoption terms: their KOL payments and their prescribing. */
    public record Own(String a, List<Payment> payments, List<Prescription> prescribing) {
    }

    /** An open inferred INFLUENCES a → b (relationship element id {@code rel}). */
    public record Existing(String a, String b, String rel, Double strength, String basis, String evidence, LocalDate validFrom) {
    }

    /** A relationship to create (a → b) or to change (rel), with its properties. */
    public record Write(String a, String b, String rel, Map<String, Object> props) {
    }

    /** The element ids of the people to infer for, in order. */
    public List<String> people(Window w) {
        return runner.read(Cypher.load("inference-people"), w.parameters(), r -> r.get("eid").asString());
    }

    /** The evidence between each person of the batch and the people tied to them. */
    public List<Evidence> evidence(List<String> ids, Window w) {
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
            List<Prescription> prescribing = r.get("prescribing").asList(v -> new Prescription(v.get("product").asString(), null,
                    date(v.get("from")), v.get("current").asBoolean(false)));
            return new Evidence(r.get("a").asString(), r.get("b").asString(), referrals, committees, reports, reports.size(),
                    prescribing);
        });
    }

    /** The KOL payments and prescribing of the batch's people, by element id (people with neither are left out). */
    public Map<String, Own> own(List<String> ids, Window w) {
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
    public List<Existing> existing(List<String> ids, Window w) {
        Map<String, Object> p = w.parameters();
        p.put("ids", ids);
        return runner.read(Cypher.load("inference-existing"), p, r -> new Existing(r.get("a").asString(), r.get("b").asString(),
                r.get("rel").asString(), r.get("strength").isNull() ? null : r.get("strength").asDouble(), string(r.get("basis")),
                string(r.get("evidence")), date(r.get("validFrom"))));
    }

    /** Creates, changes and ends inferred INFLUENCES in one transaction. */
    public void write(List<Write> create, List<Write> update, List<Write> end) {
        if (create.isEmpty() && update.isEmpty() && end.isEmpty()) {
            return;
        }
        runner.inWrite(tx -> {
            if (!create.isEmpty()) {
                tx.run(Cypher.load("inference-create"), Map.of("rows", rows(create), "source", SOURCE)).consume();
            }
            if (!update.isEmpty()) {
                tx.run(Cypher.load("inference-update"), Map.of("rows", rows(update), "source", SOURCE)).consume();
            }
            if (!end.isEmpty()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Write w : end) {
                    rows.add(Map.of("rel", w.rel(), "validTo", w.props().get("validTo"), "lastVerified", w.props().get("lastVerified")));
                }
                tx.run(Cypher.load("inference-end"), Map.of("rows", rows, "source", SOURCE)).consume();
            }
            return null;
        });
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
