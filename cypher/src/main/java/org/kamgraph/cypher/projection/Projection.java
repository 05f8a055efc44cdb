package org.kamgraph.cypher.projection;

import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.kamgraph.cypher.GraphVersion;
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
    private final Set<String> footprint;

    Projection(Graph<Integer, Integer> graph, String[] elementIds, NodeKind[] kinds, String[] ids, String[] names,
               Map<String, Integer> byKey, Set<String> footprint) {
        this.footprint = footprint;
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

    /**
     * Whether the node with this key ({@link GraphVersion#key}) is a vertex or a node the scope depends on (an
     * organization under the account, a node of the decision's neighbourhood): a write touching it may change
     * the projection.
     */
    public boolean covers(String key) {
        return byKey.containsKey(key) || footprint.contains(key);
    }

    static String key(NodeKind space, String id) {
        return GraphVersion.key(space, id);
    }
}
