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

    public record Payment(String product, String nature, Long payments, double amount, LocalDate date) {
    }

    /** A product both prescribe: validFrom of a's PRESCRIBES and of b's (one row per pair of relationships). */
    public record Prescribing(String product, LocalDate aFrom, LocalDate bFrom) {
    }

    /**
     * The evidence that a influences b (element ids): referrals b → a, committees both sat on, whether b reports to a
     * (and since when: one entry per REPORTS_TO), a's KOL payments for products b prescribes, products both prescribe.
     */
    public record Evidence(String a, String b, List<Referral> referrals, List<Committee> committees, List<LocalDate> reports,
                           int reportingLines, List<Payment> payments, List<Prescribing> prescribing) {
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
            List<Value> reportRows = r.get("reports").asList(v -> v);
            List<LocalDate> reports = new ArrayList<>();
            for (Value v : reportRows) {
                reports.add(date(v.get("from")));
            }
            List<Payment> payments = r.get("payments").asList(v -> new Payment(string(v.get("product")), string(v.get("nature")),
                    longOrNull(v.get("payments")), v.get("amount").isNull() ? 0 : v.get("amount").asDouble(), date(v.get("date"))));
            List<Prescribing> prescribing = r.get("adoptions").asList(v -> new Prescribing(string(v.get("product")),
                    date(v.get("first")), date(v.get("then"))));
            return new Evidence(r.get("a").asString(), r.get("b").asString(), referrals, committees, reports, reportRows.size(),
                    payments, prescribing);
        });
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
