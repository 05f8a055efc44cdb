package org.kamgraph.cypher.projection;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kamgraph.cypher.AccessScope;
import org.kamgraph.cypher.GraphVersion;

/**
 * Keeps recent projections, so repeated questions on the same subgraph skip the load. A cached projection is reused
 * until a write through kam-graph ({@link GraphVersion}) touches its scope: an import (everything); an edit of a
 * node that is a vertex or that the scope depends on (an organization under the account, a node of the decision's
 * neighbourhood), or of a relationship with such an endpoint; or, for scopes defined by kind or by territory or
 * region, a node of a projected kind created or edited. Other writes leave it cached. Writes by other programs are
 * not seen. Bounded by a total number of edges, least recently used first out.
 */
public final class ProjectionCache {
    private final ProjectionLoader loader;
    private final GraphVersion version;
    private final long maxEdges;
    private final LinkedHashMap<ProjectionSpec, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long edges;
    /** Loads under way, by spec. */
    private final java.util.Map<ProjectionSpec, java.util.concurrent.CompletableFuture<Projection>> loading = new java.util.concurrent.ConcurrentHashMap<>();

    private record Entry(Projection projection, long version) {
    }

    /** A projection narrowed to what a limited user may see, valid while its full projection is the cached one. */
    private record Narrowed(Projection full, Projection narrowed) {
    }

    private record NarrowedKey(ProjectionSpec spec, String restriction) {
    }

    private static final int MAX_NARROWED = 64;
    private final LinkedHashMap<NarrowedKey, Narrowed> narrowed = new LinkedHashMap<>(16, 0.75f, true);

    public ProjectionCache(ProjectionLoader loader, GraphVersion version, long maxEdges) {
        this.loader = loader;
        this.version = version;
        this.maxEdges = maxEdges;
    }

    /**
     * The projection of {@code spec}, from the cache when it is current; for a request limited by {@link AccessScope}
     * the subgraph induced by the nodes it may see, so no analysis ever counts a node the user may not see.
     */
    public Projection get(ProjectionSpec spec) {
        Projection full = getFull(spec);
        AccessScope.Restriction r = AccessScope.current();
        if (r == null) {
            return full;
        }
        NarrowedKey key = new NarrowedKey(spec, r.key());
        synchronized (this) {
            Narrowed n = narrowed.get(key);
            if (n != null && n.full() == full) {
                return n.narrowed();
            }
        }
        Projection result = full.restrict(v -> r.allows(full.kind(v), full.id(v)));
        synchronized (this) {
            narrowed.put(key, new Narrowed(full, result));
            var it = narrowed.entrySet().iterator();
            while (narrowed.size() > MAX_NARROWED && it.hasNext()) {
                it.next();
                it.remove();
            }
        }
        return result;
    }

    private Projection getFull(ProjectionSpec spec) {
        long now = version.current();
        synchronized (this) {
            Entry e = entries.get(spec);
            if (e != null && (e.version() == now || untouched(spec, e.projection(), version.changesSince(e.version())))) {
                entries.put(spec, new Entry(e.projection(), now));
                return e.projection();
            }
        }
        // One load per projection at a time: fields of one request (or concurrent requests) asking for the same
        // projection wait for the load under way instead of repeating it.
        java.util.concurrent.CompletableFuture<Projection> mine = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<Projection> underWay = loading.putIfAbsent(spec, mine);
        if (underWay != null) {
            try {
                return underWay.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        Projection loaded;
        try {
            loaded = loader.load(spec);
            mine.complete(loaded);
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            loading.remove(spec, mine);
        }
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

    /** Whether none of the changes can alter the projection of {@code spec}. */
    static boolean untouched(ProjectionSpec spec, Projection p, java.util.List<GraphVersion.Change> changes) {
        boolean byKindOrArea = spec.scope() instanceof Scope.WholeGraph || spec.scope() instanceof Scope.Territory
                || spec.scope() instanceof Scope.Region;
        for (GraphVersion.Change c : changes) {
            if (c.everything() || c.nodes().stream().anyMatch(p::covers)) {
                return false;
            }
            if (byKindOrArea && c.nodeKinds().stream().anyMatch(k -> spec.nodeKinds().contains(k)
                    || k == org.kamgraph.model.NodeKind.PERSON && spec.nodeKinds().contains(org.kamgraph.model.NodeKind.CLINICIAN))) {
                return false;
            }
        }
        return true;
    }

    public synchronized int size() {
        return entries.size();
    }
}
