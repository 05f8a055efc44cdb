package org.kamgraph.model;

/** One thing wrong with a node or relationship: the property (or {@code null} for the whole record) and why. */
public record Violation(String property, String message) {
    @Override
    public String toString() {
        return property == null ? message : property + ": " + message;
    }
}
