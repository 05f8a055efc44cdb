package org.kamgraph.algorithms.flow;

/**
 * Removes the cycles of a flow: afterwards the arcs with positive flow form a directed acyclic graph, with the same
 * value and the same flow out of the sources and into the sinks. A maximum-flow algorithm may leave flow circulating
 * (around a pair of opposite arcs or a longer loop) that moves no spend from a source to a sink; such a circulation
 * would show in the flow per arc, makes Sankey diagrams impossible to draw (their layouts need acyclic links) and
 * would hide part of a flow from its path decomposition.
 *
 * <p>Depth-first search along arcs with positive flow; when an arc closes a cycle with the search path, the smallest
 * flow on the cycle is subtracted from every arc on it (that arc becomes exactly 0), and the search backs up to the
 * tail of the first emptied arc. A node whose out-arcs are all exhausted is finished for good: flows only decrease,
 * so nothing it reaches can later close a cycle through it. Cancelling a cycle never changes the flow across a
 * minimum cut (no cycle with positive flow crosses one: an arc back across the cut would leave residual capacity
 * from the source side to the sink side).
 *
 * <p>Complexity: O(V·E) time in the worst case (each cancellation empties an arc and re-walks at most a path);
 * O(V + E) when there are few cycles, as in market access networks. O(V) memory besides the flows.
 *
 * <p>Reference: D. D. Sleator and R. E. Tarjan, "A data structure for dynamic trees", J. Computer and System Sciences
 * 26(3), 362–391 (1983), which removes flow cycles the same way (in O(E log V) with dynamic trees).
 */
final class FlowCycles {
    private FlowCycles() {
    }

    /**
     * Cancels every cycle of {@code flow} (indexed by pair) over the forward arcs of {@code network}.
     *
     * @return the number of cycles cancelled
     */
    static int cancel(Dinic network, double[] flow) {
        int nodes = network.nodes;
        int[] offsets = network.offsets;
        int[] adjacency = network.adjacency;
        int[] head = network.head;
        byte[] state = new byte[nodes]; // 0 not on the search path, 1 on it, 2 finished
        int[] position = new int[nodes]; // index on the path of a node in state 1
        int[] current = offsets.clone(); // next out-arc to look at; only ever moves forward
        int[] pathNode = new int[nodes];
        int[] pathArc = new int[nodes]; // pathArc[i] enters pathNode[i] from pathNode[i - 1]
        int cancelled = 0;
        for (int root = 0; root < nodes; root++) {
            if (state[root] != 0) {
                continue;
            }
            int top = 0;
            pathNode[0] = root;
            state[root] = 1;
            position[root] = 0;
            while (top >= 0) {
                int u = pathNode[top];
                int end = offsets[u + 1];
                boolean moved = false;
                while (current[u] < end) {
                    int a = adjacency[current[u]];
                    // Odd arcs are residual back-arcs: they carry no flow of their own.
                    if ((a & 1) != 0 || flow[a >> 1] <= 0 || state[head[a]] == 2) {
                        current[u]++;
                        continue;
                    }
                    int v = head[a];
                    if (state[v] == 0) {
                        top++;
                        pathNode[top] = v;
                        pathArc[top] = a;
                        state[v] = 1;
                        position[v] = top;
                        moved = true;
                        break;
                    }
                    // v is on the path: pathNode[position[v]] .. pathNode[top] = u, then a, is a cycle.
                    int from = position[v];
                    double delta = flow[a >> 1];
                    for (int i = from + 1; i <= top; i++) {
                        delta = Math.min(delta, flow[pathArc[i] >> 1]);
                    }
                    for (int i = from + 1; i <= top; i++) {
                        flow[pathArc[i] >> 1] -= delta;
                    }
                    flow[a >> 1] -= delta;
                    cancelled++;
                    int emptied = -1;
                    for (int i = from + 1; i <= top; i++) {
                        if (flow[pathArc[i] >> 1] == 0) {
                            emptied = i;
                            break;
                        }
                    }
                    if (emptied >= 0) {
                        // Back up to the tail of the emptied arc; the nodes above it leave the path unfinished
                        // and keep their arc pointers (the arcs they passed are empty or lead to finished nodes).
                        for (int i = emptied; i <= top; i++) {
                            state[pathNode[i]] = 0;
                        }
                        top = emptied - 1;
                        moved = true;
                        break;
                    }
                    current[u]++; // the closing arc itself was emptied
                }
                if (!moved) {
                    state[u] = 2;
                    top--;
                    if (top >= 0) {
                        current[pathNode[top]]++;
                    }
                }
            }
        }
        return cancelled;
    }
}
