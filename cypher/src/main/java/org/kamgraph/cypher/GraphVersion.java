package org.kamgraph.cypher;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter that every write through kam-graph (imports, edits) advances, so that derived data such as cached
 * projections knows it is stale. Writes made to the database by other programs are not seen.
 */
public final class GraphVersion {
    private final AtomicLong version = new AtomicLong();

    public long current() {
        return version.get();
    }

    /** Called after a write committed. */
    public void advance() {
        version.incrementAndGet();
    }
}
