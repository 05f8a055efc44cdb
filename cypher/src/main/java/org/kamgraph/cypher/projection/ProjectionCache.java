package org.kamgraph.cypher.projection;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kamgraph.cypher.GraphVersion;

/**
 * Keeps recent projections, so repeated questions on the same subgraph skip the load. An entry is used only while
 * no write went through kam-graph since it was loaded ({@link GraphVersion}): any import or edit invalidates every
 * cached projection (coarser than tracking each projection's scope, and never stale for writes made here). Bounded by
 * a total number of edges, least recently used first out.
 */
public final class ProjectionCache {
    private final ProjectionLoader loader;
    private final GraphVersion version;
    private final long maxEdges;
    private final LinkedHashMap<ProjectionSpec, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long edges;

    private record Entry(Projection projection, long version) {
    }

    public ProjectionCache(ProjectionLoader loader, GraphVersion version, long maxEdges) {
        this.loader = loader;
        this.version = version;
        this.maxEdges = maxEdges;
    }

    /** The projection of {@code spec}, from the cache when it is current. */
    public Projection get(ProjectionSpec spec) {
        long now = version.current();
        synchronized (this) {
            Entry e = entries.get(spec);
            if (e != null && e.version() == now) {
                return e.projection();
            }
        }
        Projection loaded = loader.load(spec);
        synchronized (this) {
            Entry old = entries.put(spec, new Entry(loaded, now));
            if (old != null) {
                edges -= old.projection().edgeCount();
            }
            edges += loaded.edgeCount();
            var it = entries.entrySet().iterator();
            while (edges > maxEdges && entries.size() > 1 && it.hasNext()) {
                Map.Entry<ProjectionSpec, Entry> eldest = it.next();
                if (eldest.getKey().equals(spec)) {
                    continue;
                }
                edges -= eldest.getValue().projection().edgeCount();
                it.remove();
            }
        }
        return loaded;
    }

    public synchronized int size() {
        return entries.size();
    }
}
