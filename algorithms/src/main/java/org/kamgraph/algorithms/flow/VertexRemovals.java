package org.kamgraph.algorithms.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Who controls a flow: the vertices whose removal cuts the most of a maximum flow. For each candidate vertex v, the
 * loss is the flow value minus the maximum flow with v removed (its vertex capacity set to 0), and the share is
 * that loss over the flow value. A vertex whose spend can be rerouted around it loses little even when much passes
 * through it; one that every route must cross loses all it carries. Unlike a minimum cut, which names one set of
 * elements that together carry the flow, this ranks every candidate by what it alone controls, so a small plan on the
 * only minimum cut does not hide the PBM that half of the spend needs.
 *
 * <p>Candidates: the vertices that carry flow and are neither a source nor a sink (removing a source or sink answers
 * another question), the {@code candidates} largest by throughput (ties by vertex id), since a vertex can never cut
 * more than passes through it; a vertex outside them is not evaluated.
 *
 * <p>Complexity: one maximum-flow value per candidate, so O(c · V²E) in the worst case for c candidates and O(c ·
 * F) in practice, where F is the time of one {@link MaxFlowMinCut#maximumFlowValue} on the network (shallow money
 * networks: a few phases of O(V + E)); plus O(n log n) to choose the candidates. Memory O(n + m) per evaluation.
 * The evaluations are independent and run on the common fork-join pool; the result does not depend on their order.
 */
public final class VertexRemovals {
    /** Losses below this fraction of the flow value are floating-point rounding, reported as 0. */
    static final double RESIDUE = 1e-12;

    private VertexRemovals() {
    }

    /**
     * One vertex and what its removal costs the flow.
     *
     * @param vertex     the vertex
     * @param throughput the flow through it in the maximum flow ranked
     * @param loss       the flow value minus the maximum flow without it, in [0, throughput]
     * @param share      {@code loss} over the flow value, in [0, 1]
     */
    public record Removal(int vertex, double throughput, double loss, double share) {
    }

    /**
     * The candidates of {@code flow} ranked by loss (largest first, then by throughput, then by vertex id).
     *
     * @param network          the network {@code flow} was computed on
     * @param flow             a maximum flow of {@code network}
     * @param vertexCapacities the vertex capacities {@code flow} was computed with (null for none), kept for every
     *                         evaluation; pass only the ones that bind (such as 0 for vertices removed already), since
     *                         each finite capacity splits a vertex and slows every evaluation
     * @param candidates       how many vertices to evaluate, at least 1
     * @throws IllegalArgumentException if an argument is null or {@code candidates < 1}
     */
    public static List<Removal> rank(MaxFlowMinCut network, FlowResult flow, double[] vertexCapacities, int candidates) {
        if (network == null || flow == null) {
            throw new IllegalArgumentException("network and flow must not be null");
        }
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be at least 1, was " + candidates);
        }
        int n = network.graph().vertexCount();
        double value = flow.value();
        double[] throughput = flow.throughput();
        boolean[] terminal = new boolean[n];
        for (int s : flow.sources()) {
            terminal[s] = true;
        }
        for (int t : flow.sinks()) {
            terminal[t] = true;
        }
        double residue = value * RESIDUE;
        List<Integer> carrying = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (!terminal[v] && throughput[v] > residue) {
                carrying.add(v);
            }
        }
        carrying.sort(Comparator.<Integer>comparingDouble(v -> -throughput[v]).thenComparingInt(v -> v));
        List<Integer> chosen = carrying.subList(0, Math.min(candidates, carrying.size()));
        List<Integer> sources = Arrays.stream(flow.sources()).boxed().toList();
        List<Integer> sinks = Arrays.stream(flow.sinks()).boxed().toList();
        double[] caps = vertexCapacities == null ? new double[n] : vertexCapacities.clone();
        if (vertexCapacities == null) {
            Arrays.fill(caps, MaxFlowMinCut.UNLIMITED);
        }
        // Independent evaluations (the network is read-only), on the common pool: each has its own capacities.
        List<Removal> out = new ArrayList<>(chosen.parallelStream().map(v -> {
            double[] own = caps.clone();
            own[v] = 0;
            double without = network.maximumFlowValue(sources, sinks, own);
            double loss = Math.min(throughput[v], Math.max(0, value - without));
            if (loss <= residue) {
                loss = 0;
            }
            return new Removal(v, throughput[v], loss, value > 0 ? loss / value : 0);
        }).toList());
        out.sort(Comparator.comparingDouble((Removal r) -> -r.loss()).thenComparingDouble(r -> -r.throughput())
                .thenComparingInt(Removal::vertex));
        return List.copyOf(out);
    }
}
