package org.kamgraph.algorithms.connectivity;

import java.util.Arrays;
import org.kamgraph.algorithms.CompactGraph;

/**
 * Cut vertices (articulation points) of a graph taken as undirected: the vertices whose removal leaves more
 * connected components than before. In an influence network they are the gatekeepers, the only bridge between two
 * groups of people. Directions are ignored (an arc either way joins two vertices); self-loops and parallel arcs do
 * not matter.
 *
 * <p>Hopcroft and Tarjan's depth-first search with low points, written with an explicit stack so that long chains
 * of people cannot overflow the thread's stack. Time O(n + m), memory O(n) besides the graph.
 *
 * <p>Reference: J. Hopcroft, R. Tarjan, "Algorithm 447: efficient algorithms for graph manipulation",
 * Communications of the ACM 16(6), 372-378, 1973.
 */
public final class CutVertices {
    private CutVertices() {
    }

    /** {@code result[v]} is true when {@code v} is a cut vertex. */
    public static boolean[] of(CompactGraph g) {
        int n = g.vertexCount();
        int[] disc = new int[n];
        int[] low = new int[n];
        int[] parent = new int[n];
        // Per vertex on the stack: the next neighbour slot to look at, over out-arcs then in-arcs.
        int[] cursor = new int[n];
        int[] stack = new int[n];
        boolean[] cut = new boolean[n];
        Arrays.fill(disc, -1);
        int time = 0;
        int outArcs = g.arcCount();
        for (int root = 0; root < n; root++) {
            if (disc[root] >= 0) {
                continue;
            }
            int rootChildren = 0;
            int top = 0;
            stack[top++] = root;
            parent[root] = -1;
            disc[root] = low[root] = time++;
            cursor[root] = 0;
            while (top > 0) {
                int v = stack[top - 1];
                int w = next(g, v, cursor, outArcs);
                if (w >= 0) {
                    if (disc[w] < 0) {
                        parent[w] = v;
                        disc[w] = low[w] = time++;
                        cursor[w] = 0;
                        stack[top++] = w;
                        if (v == root) {
                            rootChildren++;
                        }
                    } else if (w != parent[v]) {
                        low[v] = Math.min(low[v], disc[w]);
                    }
                    continue;
                }
                top--;
                int p = parent[v];
                if (p >= 0) {
                    low[p] = Math.min(low[p], low[v]);
                    if (p != root && low[v] >= disc[p]) {
                        cut[p] = true;
                    }
                }
            }
            cut[root] = rootChildren > 1;
        }
        return cut;
    }

    /** The next neighbour of {@code v} (out-arcs first, then in-arcs), or -1 when all were seen. */
    private static int next(CompactGraph g, int v, int[] cursor, int outArcs) {
        int outDeg = g.outDegree(v);
        int c = cursor[v]++;
        if (c < outDeg) {
            return g.outTargets()[g.outStart(v) + c];
        }
        c -= outDeg;
        if (g.isDirected() && c < g.inDegree(v)) {
            return g.inSources()[g.inStart(v) + c];
        }
        return -1;
    }
}
