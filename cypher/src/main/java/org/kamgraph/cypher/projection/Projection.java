package org.kamgraph.cypher.projection;

import java.util.Map;
import java.util.OptionalInt;
import org.jgrapht.Graph;
import org.kamgraph.model.NodeKind;

/**
 * A projected subgraph: a JGraphT CSR graph over vertices {@code 0..n-1} and, per vertex, the node it stands for
 * (element id, kind, external id, name).
 */
public final class Projection {
    private final Graph<Integer, Integer> graph;
    private final String[] elementIds;
    private final NodeKind[] kinds;
    private final String[] ids;
    private final String[] names;
    private final Map<String, Integer> byKey;

    Projection(Graph<Integer, Integer> graph, String[] elementIds, NodeKind[] kinds, String[] ids, String[] names,
               Map<String, Integer> byKey) {
        this.graph = graph;
        this.elementIds = elementIds;
        this.kinds = kinds;
        this.ids = ids;
        this.names = names;
        this.byKey = byKey;
    }

    /** The graph: vertices 0..n-1, weighted edges (weight 1 or the default when unweighted). */
    public Graph<Integer, Integer> graph() {
        return graph;
    }

    public int vertexCount() {
        return elementIds.length;
    }

    public int edgeCount() {
        return graph.edgeSet().size();
    }

    public String elementId(int v) {
        return elementIds[v];
    }

    public NodeKind kind(int v) {
        return kinds[v];
    }

    public String id(int v) {
        return ids[v];
    }

    public String name(int v) {
        return names[v];
    }

    /** The vertex of a node; Person finds clinicians too. */
    public OptionalInt vertex(NodeKind kind, String id) {
        Integer v = byKey.get(key(kind == NodeKind.CLINICIAN ? NodeKind.PERSON : kind, id));
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    static String key(NodeKind space, String id) {
        return space.label() + "\u0000" + id;
    }
}
