package org.kamgraph.cypher.query;

import java.lang.reflect.Array;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.NotFoundException;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.Read;
import org.neo4j.internal.kernel.api.TokenRead;
import org.neo4j.token.api.TokenConstants;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;

/**
 * Node and neighbour reads answered in-process by the embedded database through its Java API (a unique-constraint
 * index seek for a lookup, the node's relationship chains by type for neighbours), without a Bolt round trip and
 * Cypher: lookups and their nested lists are the most frequent requests. Values come out as the
 * driver gives them (integers as Long, floats as Double, arrays as lists), so a {@link NodeView} is the same
 * whichever way it was read.
 */
final class EmbeddedNodes {
    private final GraphDatabaseService db;

    EmbeddedNodes(GraphDatabaseService db) {
        this.db = db;
    }

    Optional<NodeView> byId(NodeKind kind, String id) {
        try (Transaction tx = db.beginTx()) {
            // The id is unique per kind (migration V001), so at most one node matches.
            Node node = tx.findNode(Label.label(kind.label()), "id", id);
            return node == null ? Optional.empty() : Optional.of(view(node));
        }
    }

    /** Whether a node of any kind has this id: one unique-constraint index seek per kind until one is found. */
    boolean existsAnyKind(String id) {
        try (Transaction tx = db.beginTx()) {
            for (NodeKind kind : NodeKind.values()) {
                if (kind != NodeKind.CLINICIAN && tx.findNode(Label.label(kind.label()), "id", id) != null) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The nodes with these element ids (those that exist), as {@code nodes-by-element-ids.cypher} reads them. */
    Map<String, NodeView> byElementIds(Collection<String> elementIds) {
        Map<String, NodeView> out = new HashMap<>();
        try (Transaction tx = db.beginTx()) {
            for (String id : elementIds) {
                Node node = node(tx, id);
                if (node != null) {
                    out.put(id, view(node));
                }
            }
        }
        return out;
    }

    /**
     * Nodes per kind and relationships per type from Neo4j's count store through the kernel API: constant time per
     * count, where a Cypher {@code MATCH (n:$(label))} with a dynamic label scans the whole store for each label.
     */
    GraphQueries.GraphStats counts() {
        Map<NodeKind, Long> nodes = new java.util.EnumMap<>(NodeKind.class);
        Map<RelKind, Long> rels = new java.util.EnumMap<>(RelKind.class);
        try (Transaction tx = db.beginTx()) {
            KernelTransaction ktx = ((InternalTransaction) tx).kernelTransaction();
            TokenRead tokens = ktx.tokenRead();
            Read read = ktx.dataRead();
            for (NodeKind k : NodeKind.values()) {
                int label = tokens.nodeLabel(k.label());
                nodes.put(k, label == TokenConstants.NO_TOKEN ? 0L : read.countsForNode(label));
            }
            for (RelKind r : RelKind.values()) {
                int type = tokens.relationshipType(r.type());
                rels.put(r, type == TokenConstants.NO_TOKEN ? 0L : read.countsForRelationship(TokenConstants.ANY_LABEL, type, TokenConstants.ANY_LABEL));
            }
        }
        return new GraphQueries.GraphStats(nodes, rels);
    }

    /**
     * Neighbours of each node as {@code neighbours.cypher} reads them for an unrestricted user (no {@code $scope}):
     * relationships of the given types and direction, neighbours of the given kinds, valid on {@code asOf}, ordered by
     * relationship type, neighbour name, neighbour id, then {@code offset} and {@code limit} per node. The relationships
     * are read by type from the node's own relationship chains instead of through a Cypher statement and Bolt.
     */
    Map<String, List<Neighbour>> neighbours(Collection<String> elementIds, List<RelKind> types, Direction direction,
                                            List<NodeKind> kinds, LocalDate asOf, int offset, int limit, boolean strongestFirst) {
        org.neo4j.graphdb.Direction d = switch (direction) {
            case OUT -> org.neo4j.graphdb.Direction.OUTGOING;
            case IN -> org.neo4j.graphdb.Direction.INCOMING;
            case BOTH -> org.neo4j.graphdb.Direction.BOTH;
        };
        RelationshipType[] relTypes = types == null || types.isEmpty() ? null
                : types.stream().map(t -> RelationshipType.withName(t.type())).toArray(RelationshipType[]::new);
        Set<String> labels = kinds == null || kinds.isEmpty() ? null
                : kinds.stream().map(NodeKind::label).collect(java.util.stream.Collectors.toSet());
        Map<String, List<Neighbour>> out = new LinkedHashMap<>();
        try (Transaction tx = db.beginTx()) {
            Map<String, NodeView> views = new HashMap<>();
            for (String id : elementIds) {
                List<Neighbour> found = new ArrayList<>();
                out.put(id, found);
                Node n = node(tx, id);
                if (n == null) {
                    continue;
                }
                NodeView self = views.computeIfAbsent(n.getElementId(), k -> view(n));
                List<Candidate> candidates = new ArrayList<>();
                for (Relationship r : relTypes == null ? n.getRelationships(d) : n.getRelationships(d, relTypes)) {
                    Node m = r.getOtherNode(n);
                    if (labels != null && !hasAnyLabel(m, labels)) {
                        continue;
                    }
                    if (asOf != null && !validOn(r, asOf)) {
                        continue;
                    }
                    candidates.add(new Candidate(r, m, r.getStartNode().equals(n), r.getType().name(),
                            m.getProperty("name", null), m.getProperty("id", null),
                            strongestFirst && r.getProperty("strength", null) instanceof Number x ? x.doubleValue() : -1));
                }
                candidates.sort(strongestFirst ? STRONGEST_FIRST : CANDIDATE_ORDER);
                for (int i = offset; i < candidates.size() && i < (long) offset + limit; i++) {
                    Candidate c = candidates.get(i);
                    NodeView other = views.computeIfAbsent(c.other().getElementId(), k -> view(c.other()));
                    RelationshipView rel = c.outgoing() ? relationship(c.rel(), self, other) : relationship(c.rel(), other, self);
                    found.add(new Neighbour(other, rel, c.outgoing() ? Direction.OUT : Direction.IN));
                }
            }
        }
        return out;
    }

    /** {@code strength} is -1 when not read or absent (sorts last). */
    private record Candidate(Relationship rel, Node other, boolean outgoing, String type, Object name, Object id,
                             double strength) {
    }

    /** ORDER BY coalesce(r.strength, -1) DESC, m.name, m.id (neighbours.cypher with $strongestFirst). */
    private static final Comparator<Candidate> STRONGEST_FIRST = Comparator.comparingDouble((Candidate c) -> -c.strength())
            .thenComparing(Candidate::name, EmbeddedNodes::compareValues)
            .thenComparing(Candidate::id, EmbeddedNodes::compareValues);

    /** ORDER BY type(r), m.name, m.id: nulls last, as Cypher sorts them ascending. */
    private static final Comparator<Candidate> CANDIDATE_ORDER = Comparator.comparing(Candidate::type)
            .thenComparing(Candidate::name, EmbeddedNodes::compareValues)
            .thenComparing(Candidate::id, EmbeddedNodes::compareValues);

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
            return ca.compareTo(b);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    private static boolean hasAnyLabel(Node m, Set<String> labels) {
        for (Label l : m.getLabels()) {
            if (labels.contains(l.name())) {
                return true;
            }
        }
        return false;
    }

    /** (r.validFrom IS NULL OR r.validFrom <= asOf) AND (r.validTo IS NULL OR r.validTo >= asOf). */
    private static boolean validOn(Relationship r, LocalDate asOf) {
        Object from = r.getProperty("validFrom", null);
        Object to = r.getProperty("validTo", null);
        return (from == null || from instanceof LocalDate f && !f.isAfter(asOf))
                && (to == null || to instanceof LocalDate t && !t.isBefore(asOf));
    }

    private static Node node(Transaction tx, String elementId) {
        try {
            return tx.getNodeByElementId(elementId);
        } catch (NotFoundException | IllegalArgumentException e) {
            return null;
        }
    }

    static RelationshipView relationship(Relationship r, NodeView from, NodeView to) {
        String typeName = r.getType().name();
        RelKind type = RelKind.byType(typeName)
                .orElseThrow(() -> new IllegalStateException("Relationship type " + typeName + " is not in the model"));
        Map<String, Object> props = new HashMap<>();
        r.getAllProperties().forEach((k, v) -> props.put(k, driverValue(v)));
        return new RelationshipView(r.getElementId(), type, from, to, NodeView.sorted(props));
    }

    static NodeView view(Node node) {
        List<String> labels = new ArrayList<>(4);
        for (Label l : node.getLabels()) {
            labels.add(l.name());
        }
        Map<String, Object> props = new HashMap<>();
        node.getAllProperties().forEach((k, v) -> props.put(k, driverValue(v)));
        return new NodeView(node.getElementId(), NodeView.kindOf(labels), List.copyOf(labels), NodeView.sorted(props));
    }

    /** The Java value the Neo4j driver would give for a stored property value. */
    static Object driverValue(Object v) {
        return switch (v) {
            case Integer i -> i.longValue();
            case Short s -> s.longValue();
            case Byte b -> b.longValue();
            case Float f -> f.doubleValue();
            case Character c -> String.valueOf(c);
            case byte[] bytes -> bytes;
            case Object o when o.getClass().isArray() -> {
                int n = Array.getLength(o);
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(driverValue(Array.get(o, i)));
                }
                yield List.copyOf(list);
            }
            default -> v;
        };
    }
}
