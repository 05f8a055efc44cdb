package org.kamgraph.cypher.history;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.cypher.Cypher;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.query.NodeView;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.neo4j.driver.Value;

/** What changed between two days: relationships begun or ended around some nodes, and an organization's spend. */
public final class HistoryQueries {
    private final Neo4jRunner runner;

    public HistoryQueries(Neo4jRunner runner) {
        this.runner = runner;
    }

    public record End(NodeKind kind, String id, String name) {
    }

    /** A relationship that began ({@code begun}) or ended between the two days. */
    public record RelationshipChange(RelKind type, End from, End to, LocalDate validFrom, LocalDate validTo, Double strength,
                                     Double amount, String role, String title, boolean begun) {
    }

    /**
     * Money of one type between one of the account's organizations ({@code own}: the account or a unit under it) and
     * a counterparty outside it, on each day, with how many of those relationships began and ended in between.
     */
    public record SpendChange(RelKind type, boolean outgoing, End own, End counterparty, double before, double after,
                              boolean existedBefore, boolean existsAfter, long begun, long ended) {
        /** Whether anything changed: the amount, the relationship's existence, or one began or ended in between. */
        public boolean changed() {
            return before != after || existedBefore != existsAfter || begun > 0 || ended > 0;
        }
    }

    /** Relationships touching the nodes (element ids) that began in (from, to] or ended in [from, to), newest first. */
    public List<RelationshipChange> relationships(List<String> elementIds, LocalDate from, LocalDate to, int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("ids", elementIds);
        p.put("from", from);
        p.put("to", to);
        p.put("limit", limit);
        return runner.read(Cypher.load("history-relationships"), p, r -> new RelationshipChange(
                RelKind.byType(r.get("type").asString()).orElseThrow(),
                new End(kind(r.get("fromLabels")), r.get("fromId").asString(null), r.get("fromName").asString(null)),
                new End(kind(r.get("toLabels")), r.get("toId").asString(null), r.get("toName").asString(null)),
                date(r.get("validFrom")), date(r.get("validTo")), number(r.get("strength")), number(r.get("amount")),
                r.get("role").asString(null), r.get("title").asString(null), r.get("begun").asBoolean(false)));
    }

    /**
     * The money relationships of the organization and those under it with organizations outside, valid on either day
     * or in between, grouped by type, direction, own organization and counterparty.
     */
    public List<SpendChange> spend(NodeKind kind, String id, LocalDate from, LocalDate to) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("from", from);
        p.put("to", to);
        return runner.read(Cypher.forKind("history-spend", kind), p, r -> new SpendChange(
                RelKind.byType(r.get("type").asString()).orElseThrow(), r.get("outgoing").asBoolean(),
                new End(kind(r.get("ownLabels")), r.get("ownId").asString(null), r.get("ownName").asString(null)),
                new End(kind(r.get("labels")), r.get("id").asString(null), r.get("name").asString(null)),
                r.get("before").asDouble(), r.get("after").asDouble(), r.get("existedBefore").asBoolean(),
                r.get("existsAfter").asBoolean(), r.get("begun").asLong(), r.get("ended").asLong()));
    }

    private static NodeKind kind(Value labels) {
        return NodeView.kindOf(labels.asList(Value::asString));
    }

    private static LocalDate date(Value v) {
        return v.isNull() ? null : v.asLocalDate();
    }

    private static Double number(Value v) {
        return v.isNull() ? null : v.asDouble();
    }
}
