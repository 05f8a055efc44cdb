package org.kamgraph.cypher;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kamgraph.model.NodeKind;

/**
 * A counter that every write through kam-graph (imports, edits) advances, with a short log of what each write
 * touched, so that derived data such as cached projections knows whether it is stale. Writes made to the database
 * by other programs are not seen.
 */
public final class GraphVersion {
    /** How many changes are remembered; a reader further behind treats everything as changed. */
    static final int LOG_SIZE = 10_000;
    private long version;
    private final Deque<Logged> log = new ArrayDeque<>();

    private record Logged(long version, Change change) {
    }

    /**
     * What a write touched: everything (an import), or some nodes by key ({@link #key}) — the nodes edited and the
     * endpoints of relationships edited — and the kinds of nodes created or updated (which may enter a scope
     * defined by kind or by a property such as territory).
     */
    public record Change(boolean everything, Set<String> nodes, Set<NodeKind> nodeKinds) {
        public static final Change EVERYTHING = new Change(true, Set.of(), Set.of());

        public static Change node(NodeKind kind, String id) {
            return new Change(false, Set.of(key(kind, id)), EnumSet.of(kind == NodeKind.CLINICIAN ? NodeKind.PERSON : kind));
        }

        public static Change relationship(NodeKind fromKind, String fromId, NodeKind toKind, String toId) {
            return new Change(false, Set.of(key(fromKind, fromId), key(toKind, toId)), Set.of());
        }
    }

    /** A node's key: its kind's id space (Person for clinicians too) and its id. */
    public static String key(NodeKind kind, String id) {
        return (kind == NodeKind.CLINICIAN ? NodeKind.PERSON : kind).label() + "\u0000" + id;
    }

    public synchronized long current() {
        return version;
    }

    /** Called after a write committed that may have changed anything. */
    public void advance() {
        advance(Change.EVERYTHING);
    }

    /** Called after a write committed, with what it touched. */
    public synchronized void advance(Change change) {
        version++;
        log.addLast(new Logged(version, change));
        if (log.size() > LOG_SIZE) {
            log.removeFirst();
        }
    }

    /** The changes after version {@code since}, oldest first; {@link Change#EVERYTHING} alone if they are forgotten. */
    public synchronized List<Change> changesSince(long since) {
        if (since >= version) {
            return List.of();
        }
        if (log.isEmpty() || log.peekFirst().version() > since + 1) {
            return List.of(Change.EVERYTHING);
        }
        List<Change> out = new ArrayList<>();
        for (Logged l : log) {
            if (l.version() > since) {
                out.add(l.change());
            }
        }
        return out;
    }
}
