package org.kamgraph.cypher.query;

import java.util.List;

/** A page of results: the items from {@code offset}, and how many there are in all. */
public record Page<T>(List<T> items, long offset, long total) {
    public boolean hasNext() {
        return offset + items.size() < total;
    }
}
