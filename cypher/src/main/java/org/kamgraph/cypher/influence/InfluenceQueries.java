package org.kamgraph.cypher.influence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.cypher.Cypher;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.NotFoundException;
import org.kamgraph.cypher.query.NodeView;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.neo4j.driver.Value;

/**
 * The facts that explain an influence ranking, read in batches: where influence on a decision lands, each
 * ranked person's positions, coverage by our team and DMU roles, the stored relationships behind the hops of a
 * chain, and how many threads hold each account. Every read honours an as-of day (null: all of history).
 */
public final class InfluenceQueries {
    private final Neo4jRunner runner;

    public InfluenceQueries(Neo4jRunner runner) {
        this.runner = runner;
    }

    /** A node in a result: kind, external id, name, and its element id for follow-up reads. */
    public record NodeRef(String elementId, NodeKind kind, String id, String name) {
    }

    /** A node where influence on a decision lands, and why: "decider", "approver" or "deciding committee". */
    public record Seed(NodeRef node, String role) {
    }

    public record DecisionSeeds(String id, String name, NodeRef account, List<Seed> seeds) {
    }

    public record Position(NodeKind kind, String id, String name, String title) {
    }

    public record Coverage(String teamMemberId, String teamMemberName, Double strength, LocalDate lastContact) {
    }

    public record PersonDetails(List<Position> positions, List<Coverage> coverage, List<String> dmuRoles) {
        public static final PersonDetails NONE = new PersonDetails(List.of(), List.of(), List.of());
    }

    /**
     * A stored relationship between two nodes a and b; {@code fromA} when it leaves a; {@code role} the DMU role of
     * an IN_DMU or the committee role of a SITS_ON; {@code evidence} the evidence of an inferred INFLUENCES.
     */
    public record Hop(RelKind kind, boolean fromA, Double strength, String basis, String source, LocalDate lastContact,
                      String role, String evidence) {
        public Hop(RelKind kind, boolean fromA, Double strength, String basis, String source, LocalDate lastContact, String role) {
            this(kind, fromA, strength, basis, source, lastContact, role, null);
        }
    }

    public record Thread(String teamMemberId, String teamMemberName, long relationships) {
    }

    public record AccountThreads(NodeKind kind, String id, String name, List<Thread> threads) {
    }

    /**
     * The decision's deciders, approvers and deciding committees on {@code asOf}.
     *
     * @throws NotFoundException if there is no such decision
     */
    public DecisionSeeds decisionSeeds(String decisionId, LocalDate asOf) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", decisionId);
        params.put("asOf", asOf);
        List<DecisionSeeds> found = runner.read(Cypher.load("influence-decision-seeds"), params, r -> {
            List<Seed> seeds = r.get("seeds").asList(v -> new Seed(
                    new NodeRef(v.get("eid").asString(), kind(v.get("labels")), v.get("id").asString(), string(v.get("name"))),
                    v.get("role").asString()));
            Value a = r.get("account");
            NodeRef account = a.isNull() || a.get("id").isNull() ? null
                    : new NodeRef(null, kind(a.get("labels")), a.get("id").asString(), string(a.get("name")));
            return new DecisionSeeds(r.get("id").asString(), string(r.get("name")), account, seeds);
        });
        if (found.isEmpty()) {
            throw new NotFoundException("decision", "no Decision with id '" + decisionId + "'");
        }
        return found.getFirst();
    }

    /** Every member of the decision's DMU with their role, and its deciding committees (role "deciding committee"). */
    public List<Seed> decisionDmu(String decisionId, LocalDate asOf) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", decisionId);
        params.put("asOf", asOf);
        return runner.read(Cypher.load("influence-decision-dmu"), params, r -> new Seed(new NodeRef(r.get("eid").asString(),
                kind(r.get("labels")), r.get("id").asString(), string(r.get("name"))), r.get("role").asString()));
    }

    /** Positions, coverage and roles in decision {@code decisionId} (may be null) of the given nodes, by element id. */
    public Map<String, PersonDetails> people(List<String> elementIds, String decisionId, LocalDate asOf) {
        Map<String, Object> params = new HashMap<>();
        params.put("ids", elementIds);
        params.put("decision", decisionId);
        params.put("asOf", asOf);
        Map<String, PersonDetails> out = new HashMap<>();
        runner.read(Cypher.load("influence-people"), params, r -> {
            List<Position> positions = r.get("positions").asList(v -> new Position(kind(v.get("labels")), v.get("id").asString(),
                    string(v.get("name")), string(v.get("title"))));
            List<Coverage> coverage = r.get("coverage").asList(v -> new Coverage(v.get("id").asString(), string(v.get("name")),
                    v.get("strength").isNull() ? null : v.get("strength").asDouble(),
                    v.get("lastContact").isNull() ? null : v.get("lastContact").asLocalDate()));
            out.put(r.get("eid").asString(), new PersonDetails(positions, coverage, r.get("roles").asList(Value::asString)));
            return null;
        });
        return out;
    }

    /**
     * The stored relationships of the given kinds between each pair (a, b) of element ids, strongest first.
     * Keyed by {@code a + "|" + b}.
     */
    public Map<String, List<Hop>> hops(List<Map.Entry<String, String>> pairs, Set<RelKind> kinds, LocalDate asOf) {
        Map<String, Object> params = Cypher.pairParameters(pairs, kinds, asOf);
        Map<String, List<Hop>> out = new LinkedHashMap<>();
        runner.read(Cypher.load("influence-hops"), params, r -> {
            Hop hop = new Hop(RelKind.byType(r.get("type").asString()).orElseThrow(), r.get("fromA").asBoolean(),
                    r.get("strength").isNull() ? null : r.get("strength").asDouble(), string(r.get("basis")),
                    string(r.get("source")), r.get("lastContact").isNull() ? null : r.get("lastContact").asLocalDate(),
                    string(r.get("role")), string(r.get("evidence")));
            out.computeIfAbsent(r.get("a").asString() + "|" + r.get("b").asString(), k -> new ArrayList<>()).add(hop);
            return null;
        });
        return out;
    }

    /**
     * For an organization and every account under it, the team members holding it (covering the account or a
     * person working there) and how many coverage relationships each has, on {@code asOf}.
     *
     * @throws NotFoundException if there is no such organization
     */
    public List<AccountThreads> accountThreads(NodeKind kind, String id, LocalDate asOf) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("asOf", asOf);
        node(kind, id, "account");
        return runner.read(Cypher.forKind("coverage-threads", kind), params, r -> new AccountThreads(kind(r.get("labels")),
                r.get("id").asString(), string(r.get("name")), r.get("members").asList(v -> new Thread(v.get("id").asString(),
                string(v.get("name")), v.get("relationships").asLong()))));
    }

    /**
     * The node of that kind and id (Person finds clinicians too).
     *
     * @throws NotFoundException naming {@code argument} if there is none
     */
    public NodeRef node(NodeKind kind, String id, String argument) {
        List<NodeRef> found = runner.read(Cypher.forKind("node-by-id", kind), Map.of("id", id), r -> {
            var n = r.get("n").asNode();
            List<String> labels = new ArrayList<>();
            n.labels().forEach(labels::add);
            return new NodeRef(n.elementId(), NodeView.kindOf(labels), id, n.get("name").isNull() ? null : n.get("name").asString());
        });
        if (found.isEmpty()) {
            throw new NotFoundException(argument, "no " + kind.label() + " with id '" + id + "'");
        }
        return found.getFirst();
    }

    private static NodeKind kind(Value labels) {
        return NodeView.kindOf(labels.asList(Value::asString));
    }

    private static String string(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }
}
