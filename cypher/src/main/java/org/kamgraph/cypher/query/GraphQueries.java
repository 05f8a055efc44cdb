package org.kamgraph.cypher.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kamgraph.cypher.Cypher;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/**
 * The read side of the stakeholder graph: lookups, search, hierarchies and neighbourhoods. Every statement is
 * a named resource; arguments are parameters; labels come from the model. Methods taking several element ids
 * serve batch loaders, so nested GraphQL lists cost one query per level, not one per node.
 */
public final class GraphQueries {
    /** Most rows a hierarchy returns; a larger one is refused (a smaller depth is asked for), never cut silently. */
    public static final int HIERARCHY_LIMIT = 5_000;

    /** Most territory sets whose visible counts are kept (past it the kept counts start afresh). */
    private static final int MAX_VISIBLE_STATS = 256;

    private final Neo4jRunner runner;
    private final EmbeddedNodes embedded;
    /** Counts of the visible graph by restriction key (territory set and graph version). */
    private final Map<String, GraphStats> visibleStats = new java.util.concurrent.ConcurrentHashMap<>();

    public GraphQueries(Neo4jRunner runner) {
        this(runner, null);
    }

    /**
     * @param embedded the embedded database the runner's driver is connected to, or {@code null} (external mode):
     *                 node lookups and (for an unrestricted user) neighbours are then read in-process
     */
    public GraphQueries(Neo4jRunner runner, org.neo4j.graphdb.GraphDatabaseService embedded) {
        this.runner = runner;
        this.embedded = embedded == null ? null : new EmbeddedNodes(embedded);
    }

    public Optional<NodeView> node(NodeKind kind, String id) {
        if (embedded != null) {
            return embedded.byId(kind, id);
        }
        return runner.read(Cypher.forKind("node-by-id", kind), Map.of("id", id), r -> NodeView.of(r.get("n").asNode()))
                .stream().findFirst();
    }

    /**
     * Whether a node of this kind (of any kind when {@code kind} is null) has this id: unique-constraint index seeks,
     * in-process with the embedded database.
     */
    public boolean exists(NodeKind kind, String id) {
        if (kind != null) {
            return node(kind, id).isPresent();
        }
        if (embedded != null) {
            return embedded.existsAnyKind(id);
        }
        return runner.read(Cypher.load("node-exists-any-kind"), Map.of("id", id), r -> r.get("found").asBoolean()).getFirst();
    }

    public Map<String, NodeView> nodesByElementIds(Collection<String> elementIds) {
        if (embedded != null) {
            return embedded.byElementIds(elementIds);
        }
        Map<String, NodeView> out = new HashMap<>();
        runner.read(Cypher.load("nodes-by-element-ids"), Map.of("ids", List.copyOf(elementIds)),
                r -> NodeView.of(r.get("n").asNode())).forEach(n -> out.put(n.elementId(), n));
        return out;
    }

    /**
     * Full-text search on names and ids ({@code text} non-blank), or browsing by kind (text blank), filtered by
     * region and territory.
     */
    public Page<NodeView> search(String text, List<NodeKind> kinds, String region, String territory, int offset, int limit) {
        List<String> labels = kinds == null || kinds.isEmpty() ? null : kinds.stream().map(NodeKind::label).toList();
        Map<String, Object> params = new HashMap<>();
        params.put("labels", labels);
        params.put("region", region);
        params.put("territory", territory);
        params.put("scope", org.kamgraph.cypher.AccessScope.territories());
        params.put("skip", offset);
        params.put("limit", limit);
        String statement;
        if (text == null || text.isBlank()) {
            params.put("labels", labels == null ? java.util.Arrays.stream(NodeKind.values()).map(NodeKind::label).toList() : labels);
            statement = Cypher.load("list-nodes");
        } else {
            params.put("query", LuceneQuery.of(text));
            statement = Cypher.load("search-nodes");
        }
        return runner.read(statement, params, r -> new Page<>(r.get("page").asList(v -> NodeView.of(v.asNode())),
                offset, r.get("total").asLong())).getFirst();
    }

    public List<HierarchyEntry> hierarchy(NodeKind kind, String id, int depth, LocalDate asOf) {
        List<HierarchyEntry> entries = runner.read(Cypher.forKind("hierarchy", kind),
                Map.of("id", id, "depth", depth, "asOf", asOf, "limit", HIERARCHY_LIMIT + 1),
                r -> new HierarchyEntry(NodeView.of(r.get("node").asNode()),
                        r.get("parent").isNull() ? null : NodeView.of(r.get("parent").asNode()),
                        RelKind.byType(r.get("via").asString()).orElseThrow(), r.get("depth").asInt()));
        if (entries.size() > HIERARCHY_LIMIT) {
            throw new org.kamgraph.cypher.BadInputException("depth", "the hierarchy of " + kind.label() + " '" + id + "' to depth "
                    + depth + " has more than " + HIERARCHY_LIMIT + " entries; ask for a smaller depth");
        }
        return entries;
    }

    /**
     * Neighbours of each of the given nodes, in one query.
     *
     * @param types  relationship kinds to follow, or null for all
     * @param kinds  kinds of neighbour to keep, or null for all
     * @param asOf   keep relationships valid that day, or null for all of history
     */
    public Map<String, List<Neighbour>> neighbours(Collection<String> elementIds, List<RelKind> types, Direction direction,
                                                   List<NodeKind> kinds, LocalDate asOf, int offset, int limit) {
        return neighbours(elementIds, types, direction, kinds, asOf, offset, limit, false);
    }

    /**
     * The same, ordered strongest first ({@code strongestFirst}: relationship strength descending, none last, ties by
     * neighbour name and id) instead of by relationship type, name and id; the page is cut after ordering.
     */
    public Map<String, List<Neighbour>> neighbours(Collection<String> elementIds, List<RelKind> types, Direction direction,
                                                   List<NodeKind> kinds, LocalDate asOf, int offset, int limit,
                                                   boolean strongestFirst) {
        if (embedded != null && org.kamgraph.cypher.AccessScope.territories() == null) {
            // In-process for an unrestricted user; a user limited to territories goes through the Cypher rule.
            return embedded.neighbours(elementIds, types, direction, kinds, asOf, offset, limit, strongestFirst);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("ids", List.copyOf(elementIds));
        params.put("types", types == null || types.isEmpty() ? null : types.stream().map(RelKind::type).toList());
        params.put("direction", direction.name());
        params.put("labels", kinds == null || kinds.isEmpty() ? null : kinds.stream().map(NodeKind::label).toList());
        params.put("asOf", asOf);
        params.put("scope", org.kamgraph.cypher.AccessScope.territories());
        params.put("skip", offset);
        params.put("limit", limit);
        params.put("strongestFirst", strongestFirst);
        Map<String, NodeView> sources = nodesByElementIds(elementIds);
        Map<String, List<Neighbour>> out = new LinkedHashMap<>();
        elementIds.forEach(id -> out.put(id, new ArrayList<>()));
        runner.read(Cypher.load("neighbours"), params, r -> {
            String sourceId = r.get("sourceId").asString();
            NodeView self = sources.get(sourceId);
            NodeView other = NodeView.of(r.get("m").asNode());
            boolean outgoing = r.get("outgoing").asBoolean();
            RelationshipView view = outgoing
                    ? RelationshipView.of(r.get("r").asRelationship(), self, other)
                    : RelationshipView.of(r.get("r").asRelationship(), other, self);
            out.get(sourceId).add(new Neighbour(other, view, outgoing ? Direction.OUT : Direction.IN));
            return null;
        });
        return out;
    }

    /**
     * Node counts per kind and relationship counts per type: from Neo4j's count store for a user who sees everything
     * (in-process through the kernel API, or one static-label statement per kind over Bolt), of the visible graph for
     * a limited user (counted once per territory set and graph version, then kept: the visible set is kept as long).
     */
    public GraphStats stats() {
        org.kamgraph.cypher.AccessScope.Restriction restriction = org.kamgraph.cypher.AccessScope.current();
        if (restriction == null) {
            return embedded != null ? embedded.counts() : countStore();
        }
        GraphStats kept = visibleStats.get(restriction.key());
        if (kept != null) {
            return kept;
        }
        GraphStats counted = countVisible(restriction.territories());
        if (visibleStats.size() >= MAX_VISIBLE_STATS) {
            visibleStats.clear();
        }
        visibleStats.put(restriction.key(), counted);
        return counted;
    }

    private GraphStats countStore() {
        Map<NodeKind, Long> nodes = new EnumMap<>(NodeKind.class);
        Map<RelKind, Long> rels = new EnumMap<>(RelKind.class);
        for (NodeKind k : NodeKind.values()) {
            nodes.put(k, runner.read(Cypher.forKind("count-kind", k), Map.of(), r -> r.get("count").asLong()).getFirst());
        }
        for (RelKind k : RelKind.values()) {
            rels.put(k, runner.read(Cypher.forType("count-type", k), Map.of(), r -> r.get("count").asLong()).getFirst());
        }
        return new GraphStats(nodes, rels);
    }

    private GraphStats countVisible(List<String> scope) {
        Map<NodeKind, Long> nodes = new EnumMap<>(NodeKind.class);
        Map<RelKind, Long> rels = new EnumMap<>(RelKind.class);
        Map<String, Object> params = new HashMap<>();
        params.put("labels", java.util.Arrays.stream(NodeKind.values()).map(NodeKind::label).toList());
        params.put("scope", scope);
        runner.read(Cypher.load("count-visible"), params, r -> {
                    long count = r.get("count").asLong();
                    if (r.get("what").asString().equals("node")) {
                        nodes.put(NodeKind.byLabel(r.get("name").asString()).orElseThrow(), count);
                    } else {
                        rels.put(RelKind.valueOf(r.get("name").asString()), count);
                    }
                    return null;
                });
        return new GraphStats(nodes, rels);
    }

    /** How many nodes and relationships of each kind the graph holds. */
    public record GraphStats(Map<NodeKind, Long> nodes, Map<RelKind, Long> relationships) {
        public long totalNodes() {
            return nodes.values().stream().mapToLong(Long::longValue).sum() - nodes.getOrDefault(NodeKind.CLINICIAN, 0L);
        }

        public long totalRelationships() {
            return relationships.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
