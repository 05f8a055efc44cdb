package org.kamgraph.algorithms.paths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Yen's k-shortest-loopless-paths scheme, the one loop of {@link KShortestPaths} and {@link HopBoundedPaths}: the
 * sources joined to a virtual super-source, then deviations ("spurs") at every vertex of the last path found, each
 * from a root that no found path with the same root leaves the same way and that the spur never revisits. What a
 * spur is (a Dijkstra search, a hop-bounded label-setting search, a widest-spur search) and how candidates rank is
 * the caller's. O(k · L) spur searches for paths of at most L vertices.
 *
 * <p>Reference: J. Y. Yen, "Finding the k shortest loopless paths in a network", Management Science 17(11),
 * 712–716 (1971).
 */
final class YenLoop {
    private YenLoop() {
    }

    /** A path in entries of a reduced graph; equal when the vertex sequences are (the entries follow from them). */
    record Candidate(int[] vertices, int[] entries, double length, double bottleneck) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Candidate c && Arrays.equals(vertices, c.vertices);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(vertices);
        }
    }

    /** By length, then hop count, then vertex sequence (lexicographic). */
    static final Comparator<Candidate> SHORTEST_FIRST = (a, b) -> {
        int c = Double.compare(a.length, b.length);
        if (c == 0) {
            c = Integer.compare(a.vertices.length, b.vertices.length);
        }
        return c != 0 ? c : Arrays.compare(a.vertices, b.vertices);
    };

    /** The best spur of a search whose bans ({@code bannedVertex}, {@code bannedNext} of {@link #paths}) are set. */
    interface Spur {
        /**
         * The root ({@code rootVertices}, {@code rootEntries}: the path before the spur vertex) followed by the
         * best spur of at most {@code budget} hops from {@code starts[0..count-1]}, or null if there is none.
         */
        Candidate best(int[] starts, int count, int budget, int[] rootVertices, int[] rootEntries);
    }

    /**
     * The at most {@code k} best paths from {@code starts} (distinct vertices) in {@code order}, of at most
     * {@code maxHops} hops, as arcs of the original graph ({@code arcOfEntry}); empty if there is none.
     *
     * @param bannedVertex the spur search's vertices it must not enter (all false between calls)
     * @param bannedNext   the spur search's vertices it must not take as the first step (all false between calls)
     */
    static List<ArcPath> paths(Spur spur, boolean[] bannedVertex, boolean[] bannedNext, int[] starts, int k, int maxHops,
                               Comparator<Candidate> order, int[] arcOfEntry) {
        Candidate first = spur.best(starts, starts.length, maxHops, new int[0], new int[0]);
        if (first == null) {
            return List.of();
        }
        List<Candidate> found = new ArrayList<>();
        found.add(first);
        PriorityQueue<Candidate> candidates = new PriorityQueue<>(order);
        Set<Candidate> seen = new HashSet<>(found);
        boolean[] startUsed = new boolean[bannedVertex.length]; // sources that start a found path
        startUsed[first.vertices[0]] = true;
        boolean newStart = true;
        int[] spurStarts = new int[starts.length];
        while (found.size() < k) {
            Candidate prev = found.getLast();
            // Deviation at the super-source: leave it by an arc no found path takes, i.e. start at a source no
            // found path starts at (that source may still be passed through). Its result only changes when a found
            // path started at a new source.
            if (newStart) {
                int count = 0;
                for (int s : starts) {
                    if (!startUsed[s]) {
                        spurStarts[count++] = s;
                    }
                }
                if (count > 0) {
                    offer(spur.best(spurStarts, count, maxHops, new int[0], new int[0]), candidates, seen);
                }
            }
            // Deviations at each vertex of the last path but the target: keep the root prev[0..i], leave it by an
            // arc no found path with the same root takes, never revisit the root, and spend at most the hops left.
            for (int i = 0; i < prev.vertices.length - 1; i++) {
                for (int j = 0; j < i; j++) {
                    bannedVertex[prev.vertices[j]] = true;
                }
                for (Candidate p : found) {
                    if (p.vertices.length > i + 1 && Arrays.equals(p.vertices, 0, i + 1, prev.vertices, 0, i + 1)) {
                        bannedNext[p.vertices[i + 1]] = true;
                    }
                }
                spurStarts[0] = prev.vertices[i];
                offer(spur.best(spurStarts, 1, maxHops - i, Arrays.copyOf(prev.vertices, i), Arrays.copyOf(prev.entries, i)),
                        candidates, seen);
                for (int j = 0; j < i; j++) { // undo the bans one by one: O(path), not O(n)
                    bannedVertex[prev.vertices[j]] = false;
                }
                for (Candidate p : found) {
                    if (p.vertices.length > i + 1) {
                        bannedNext[p.vertices[i + 1]] = false;
                    }
                }
            }
            if (candidates.isEmpty()) {
                break;
            }
            Candidate next = candidates.poll();
            found.add(next);
            newStart = !startUsed[next.vertices[0]];
            startUsed[next.vertices[0]] = true;
        }
        List<ArcPath> paths = new ArrayList<>(found.size());
        for (Candidate c : found) {
            int[] arcs = new int[c.entries.length];
            for (int i = 0; i < arcs.length; i++) {
                arcs[i] = arcOfEntry[c.entries[i]];
            }
            paths.add(new ArcPath(c.vertices, arcs, c.length));
        }
        return paths;
    }

    private static void offer(Candidate c, PriorityQueue<Candidate> candidates, Set<Candidate> seen) {
        if (c != null && seen.add(c)) {
            candidates.add(c);
        }
    }
}
