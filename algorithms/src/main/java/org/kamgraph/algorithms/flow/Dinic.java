package org.kamgraph.algorithms.flow;

import java.util.Arrays;

/**
 * A residual network in primitive arrays and Dinic's maximum-flow algorithm on it.
 *
 * <p>The network is given as pairs {@code p}: an arc from {@code tail[p]} to {@code head[p]} with capacity
 * {@code capacity[p]} (finite and ≥ 0, or +∞). Pair {@code p} becomes residual arc {@code 2p} (forward, residual =
 * capacity) and {@code 2p + 1} (backward, residual 0), so the partner of arc {@code a} is {@code a ^ 1} and the flow on
 * pair {@code p} is always {@code residual[2p + 1]}: it starts at 0 and moves by exactly the amounts pushed, so it
 * stays exact even when the capacity is +∞ (where {@code capacity - residual} would be ∞ − ∞).
 *
 * <p>Dinic's algorithm: a breadth-first search from the source labels nodes with their residual distance, then a
 * blocking flow is found on the level graph by depth-first search with a current-arc pointer per node; repeat until
 * the sink is unreachable. Each augmentation subtracts the path's bottleneck, which is one of the residuals on the
 * path, so that residual becomes exactly 0.0 (x − x = 0 in IEEE arithmetic): every augmentation saturates an arc and
 * no tolerance is needed, unlike push-relabel codes that must decide when a floating-point excess is "zero". The
 * depth-first search keeps its path in an array, not on the call stack, so long paths cannot overflow the stack.
 *
 * <p>Complexity: O(V²E) time in the worst case (at most V phases of O(VE) each), far less on the shallow layered
 * networks of market access; O(V + E) memory: 32 bytes per pair (two residual arcs) plus 20 per node.
 *
 * <p>Reference: E. A. Dinic, "Algorithm for solution of a problem of maximum flow in a network with power
 * estimation", Soviet Math. Doklady 11, 1277–1280 (1970).
 */
final class Dinic {
    final int nodes;
    final int source;
    final int sink;
    /** Arcs leaving node {@code v} are {@code adjacency[offsets[v] .. offsets[v+1]-1]}, in increasing arc order. */
    final int[] offsets;
    final int[] adjacency;
    /** The node each residual arc enters; the node it leaves is {@code head[a ^ 1]}. */
    final int[] head;
    final double[] residual;

    Dinic(int nodes, int source, int sink, int[] tail, int[] head, double[] capacity) {
        this.nodes = nodes;
        this.source = source;
        this.sink = sink;
        int pairs = capacity.length;
        this.head = new int[2 * pairs];
        this.residual = new double[2 * pairs];
        this.offsets = new int[nodes + 1];
        for (int p = 0; p < pairs; p++) {
            this.head[2 * p] = head[p];
            this.head[2 * p + 1] = tail[p];
            this.residual[2 * p] = capacity[p];
            offsets[tail[p] + 1]++;
            offsets[head[p] + 1]++;
        }
        for (int v = 0; v < nodes; v++) {
            offsets[v + 1] += offsets[v];
        }
        // One counting sort by tail; arcs are placed in increasing id order, so each row is sorted.
        int[] next = Arrays.copyOf(offsets, nodes);
        this.adjacency = new int[2 * pairs];
        for (int a = 0; a < 2 * pairs; a++) {
            adjacency[next[this.head[a ^ 1]]++] = a;
        }
    }

    /** The flow on pair {@code p} (see the class comment). */
    double flow(int p) {
        return residual[2 * p + 1];
    }

    /**
     * Starts from flow {@code f} on pair {@code p} instead of 0 (before {@link #maximize}): the caller keeps the flow
     * feasible (within capacities, conserved). Used to re-maximize from a nearby flow rather than from zero.
     */
    void start(int p, double f) {
        residual[2 * p] -= f; // +∞ stays +∞
        residual[2 * p + 1] = f;
    }

    /** Runs Dinic's algorithm to completion from the current (initially zero) flow. */
    void maximize() {
        int[] level = new int[nodes];
        int[] queue = new int[nodes];
        int[] current = new int[nodes];
        int[] path = new int[nodes];
        while (levels(level, queue)) {
            System.arraycopy(offsets, 0, current, 0, nodes);
            blockingFlow(level, current, path);
        }
    }

    /** Breadth-first residual distances from the source; false if the sink is unreachable. */
    private boolean levels(int[] level, int[] queue) {
        Arrays.fill(level, -1);
        level[source] = 0;
        queue[0] = source;
        int first = 0;
        int last = 1;
        while (first < last) {
            int u = queue[first++];
            // Nodes as far as the sink or farther lie on no shortest augmenting path: do not expand them.
            if (level[sink] >= 0 && level[u] >= level[sink]) {
                break;
            }
            for (int i = offsets[u]; i < offsets[u + 1]; i++) {
                int a = adjacency[i];
                int v = head[a];
                if (level[v] < 0 && residual[a] > 0) {
                    level[v] = level[u] + 1;
                    queue[last++] = v;
                }
            }
        }
        return level[sink] >= 0;
    }

    /** Saturates every shortest augmenting path of the level graph (one phase). */
    private void blockingFlow(int[] level, int[] current, int[] path) {
        int depth = 0;
        int u = source;
        while (true) {
            if (u == sink) {
                double delta = Double.POSITIVE_INFINITY;
                for (int i = 0; i < depth; i++) {
                    delta = Math.min(delta, residual[path[i]]);
                }
                if (delta == Double.POSITIVE_INFINITY) {
                    // Every source-to-sink path of the networks built here has an arc of finite capacity.
                    throw new IllegalStateException("augmenting path of unbounded capacity");
                }
                int saturated = -1;
                for (int i = 0; i < depth; i++) {
                    int a = path[i];
                    residual[a] -= delta;
                    residual[a ^ 1] += delta;
                    if (saturated < 0 && residual[a] == 0) {
                        saturated = i;
                    }
                }
                // Resume from the tail of the first saturated arc: the path before it is still usable.
                depth = saturated;
                u = head[path[saturated] ^ 1];
                continue;
            }
            int end = offsets[u + 1];
            int i = current[u];
            int nextLevel = level[u] + 1;
            while (i < end) {
                int a = adjacency[i];
                if (residual[a] > 0 && level[head[a]] == nextLevel) {
                    break;
                }
                i++;
            }
            current[u] = i;
            if (i < end) { // advance; the arc stays current until it is saturated or leads to a dead end
                int a = adjacency[i];
                path[depth++] = a;
                u = head[a];
            } else { // dead end: retreat, and never enter u again in this phase
                if (u == source) {
                    return;
                }
                level[u] = -1;
                int a = path[--depth];
                u = head[a ^ 1];
                current[u]++;
            }
        }
    }

    /** The nodes reachable from the source by arcs of positive residual capacity. */
    boolean[] reachableFromSource() {
        return residualSearch(source, 0);
    }

    /** The nodes from which the sink is reachable by arcs of positive residual capacity. */
    boolean[] reachingSink() {
        // Arc b leaves v for x; its partner b ^ 1 is the arc x -> v, whose residual decides.
        return residualSearch(sink, 1);
    }

    /**
     * Breadth-first search from {@code start} along the arcs b leaving each node whose arc {@code b ^ partner} has
     * positive residual capacity: b itself (partner 0, forward) or its reverse arc (partner 1, backward). O(n + m).
     */
    private boolean[] residualSearch(int start, int partner) {
        boolean[] seen = new boolean[nodes];
        int[] queue = new int[nodes];
        seen[start] = true;
        queue[0] = start;
        int first = 0;
        int last = 1;
        while (first < last) {
            int u = queue[first++];
            for (int i = offsets[u]; i < offsets[u + 1]; i++) {
                int b = adjacency[i];
                int x = head[b];
                if (!seen[x] && residual[b ^ partner] > 0) {
                    seen[x] = true;
                    queue[last++] = x;
                }
            }
        }
        return seen;
    }
}
