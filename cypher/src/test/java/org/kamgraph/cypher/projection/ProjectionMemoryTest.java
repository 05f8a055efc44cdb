package org.kamgraph.cypher.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.model.NodeKind;

/**
 * The heap a projection and its compact view retain per edge, at the demo influence projection's size (19,494
 * vertices, 168,473 edges; directed, grouped by source as a store scan reads it) and, for comparison, with the edges
 * in random order: before (a separate {@code CompactGraph.of(p.graph())} copy, as api cached it) and now
 * ({@code p.compact()}). A measurement, not a check of the suite: run with {@code -Dkam.memory=true}.
 */
@EnabledIfSystemProperty(named = "kam.memory", matches = "true")
class ProjectionMemoryTest {
    private static final int N = 19_494;
    private static final int M = 168_473;

    @Test
    void retainedBytesPerEdge() {
        for (boolean grouped : new boolean[] {true, false}) {
            Projection p = demoSized(grouped);
            long alone = used();
            p.edgeCount();
            CompactGraph copy = CompactGraph.of(p.graph());
            long withCopy = used();
            assertThat(copy.arcCount()).isEqualTo(M);
            copy = null;
            long dropped = used();
            CompactGraph view = p.compact();
            long withView = used();
            assertThat(view.arcCount()).isEqualTo(M);
            System.out.printf(java.util.Locale.ROOT,
                    "%s: separate copy (before) %.1f B/edge, Projection.compact() (now) %.1f B/edge%n",
                    grouped ? "grouped by source" : "random order", (withCopy - alone) / (double) M,
                    (withView - dropped) / (double) M);
        }
    }

    private static Projection demoSized(boolean grouped) {
        SplittableRandom random = new SplittableRandom(42);
        int[] s = new int[M];
        int[] t = new int[M];
        double[] w = new double[M];
        for (int e = 0; e < M; e++) {
            s[e] = random.nextInt(N);
            t[e] = random.nextInt(N);
            w[e] = random.nextDouble();
        }
        if (grouped) {
            Arrays.sort(s);
        }
        NodeKind[] kinds = new NodeKind[N];
        String[] ids = new String[N];
        Arrays.fill(kinds, NodeKind.PERSON);
        for (int v = 0; v < N; v++) {
            ids[v] = "P-" + v;
        }
        return Projection.of(kinds, ids, ids, s, t, w, false);
    }

    /** Used heap after full collections (several, until it stops falling). */
    private static long used() {
        Runtime rt = Runtime.getRuntime();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            best = Math.min(best, rt.totalMemory() - rt.freeMemory());
        }
        return best;
    }
}
