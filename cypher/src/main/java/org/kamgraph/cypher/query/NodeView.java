package org.kamgraph.cypher.query;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kamgraph.model.NodeKind;
import org.neo4j.driver.types.Node;

/** A node as read from the store: its element id (for batch loading), its kind, labels and properties. */
public record NodeView(String elementId, NodeKind kind, List<String> labels, Map<String, Object> properties) {

    public String id() {
        return (String) properties.get("id");
    }

    public String name() {
        return (String) properties.get("name");
    }

    public Object get(String property) {
        return properties.get(property);
    }

    public static NodeView of(Node node) {
        List<String> labels = new java.util.ArrayList<>();
        node.labels().forEach(labels::add);
        return new NodeView(node.elementId(), kindOf(labels), List.copyOf(labels), sorted(node.asMap()));
    }

    /** The most specific kind among the labels (Clinician over Person). */
    public static NodeKind kindOf(List<String> labels) {
        return labels.stream().map(NodeKind::byLabel).flatMap(java.util.Optional::stream)
                .min(Comparator.comparingInt(k -> k == NodeKind.PERSON ? 1 : 0))
                .orElseThrow(() -> new IllegalStateException("Node with labels " + labels + " is not of a known kind"));
    }

    static Map<String, Object> sorted(Map<String, Object> props) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(props)));
    }
}
