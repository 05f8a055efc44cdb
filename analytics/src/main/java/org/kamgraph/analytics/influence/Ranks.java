package org.kamgraph.analytics.influence;

import java.util.List;
import org.kamgraph.cypher.projection.Projection;

/**
 * Scores turned into a ranking: the vertices by score, highest first, ties by node id; rank 1 for the highest,
 * equal scores sharing a rank. The one ranking rule of every scored answer (centrality rows, influencers, brokers).
 */
public record Ranks(int[] order, int[] rank) {

    /** Ranks {@code vertices} of {@code p} by {@code scores}; {@code rank[v]} is 0 for a vertex not ranked. */
    public static Ranks of(Projection p, List<Integer> vertices, double[] scores) {
        Integer[] sorted = vertices.toArray(Integer[]::new);
        java.util.Arrays.sort(sorted, (a, b) -> {
            int c = Double.compare(scores[b], scores[a]);
            return c != 0 ? c : p.id(a).compareTo(p.id(b));
        });
        int[] order = new int[sorted.length];
        int[] rank = new int[p.vertexCount()];
        for (int i = 0; i < sorted.length; i++) {
            order[i] = sorted[i];
            rank[order[i]] = i > 0 && Double.compare(scores[order[i]], scores[order[i - 1]]) == 0 ? rank[order[i - 1]] : i + 1;
        }
        return new Ranks(order, rank);
    }

    /** Ranks every vertex of {@code p}. */
    public static Ranks all(Projection p, double[] scores) {
        return of(p, java.util.stream.IntStream.range(0, p.vertexCount()).boxed().toList(), scores);
    }
}
