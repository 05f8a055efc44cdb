package org.kamgraph.cypher;

import java.util.List;
import java.util.function.Supplier;
import org.kamgraph.model.NodeKind;

/**
 * The part of the graph the current request may see, for the reads that must narrow themselves before they page or
 * compute (search, browsing, neighbours, projections): none set means everything. The service sets it per request
 * from the signed-in user; the rule itself (a node is visible when its territory is one of the user's, or when it
 * hangs on an organization of those territories) is written once in Cypher: visible-nodes.cypher gives the set,
 * and the same predicate narrows search, browsing and neighbours.
 */
public final class AccessScope {
    private static final ThreadLocal<Restriction> CURRENT = new ThreadLocal<>();

    private AccessScope() {
    }

    /** What a limited user may see. */
    public interface Restriction {
        /** Changes whenever the visible set may have changed (territories and graph version). */
        String key();

        /** The user's sales territories. */
        List<String> territories();

        /** Whether the node of this kind and id is visible (Person and Clinician share ids). */
        boolean allows(NodeKind kind, String id);
    }

    /** The current request's restriction, or null when it may see everything. */
    public static Restriction current() {
        return CURRENT.get();
    }

    /** The territories for a Cypher {@code $scope} parameter, or null when unrestricted. */
    public static List<String> territories() {
        Restriction r = CURRENT.get();
        return r == null ? null : r.territories();
    }

    /** Runs {@code work} under {@code restriction} (null: none), restoring the previous one after. */
    public static <T> T with(Restriction restriction, Supplier<T> work) {
        Restriction before = CURRENT.get();
        if (before == restriction) {
            return work.get();
        }
        set(restriction);
        try {
            return work.get();
        } finally {
            set(before);
        }
    }

    public static void set(Restriction restriction) {
        if (restriction == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(restriction);
        }
    }
}
