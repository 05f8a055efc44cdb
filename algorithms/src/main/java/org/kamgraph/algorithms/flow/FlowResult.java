package org.kamgraph.algorithms.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.kamgraph.algorithms.CompactGraph;

/**
 * A maximum flow from a set of sources to a set of sinks, as {@link MaxFlowMinCut} found it: the value, the flow on
 * every arc, the Sankey rows, and two minimum cuts that certify the value.
 *
 * <p>The flow is acyclic (flow circulating in a loop moves nothing from a source to a sink and is removed), obeys
 * every arc's and vertex's capacity, and is conserved at every vertex except that a source may send more than it
 * receives and a sink receive more than it sends. Accessors that return arrays return copies; the instance is
 * immutable.
 */
public final class FlowResult {
    private final CompactGraph graph;
    private final int[] sources;
    private final int[] sinks;
    private final double value;
    final double[] arcFlow;
    final double[] originated;
    final double[] absorbed;
    private final double[] throughput;
    /** Built on first use (half a million rows take a while); a race only builds the same list twice. */
    private volatile List<FlowRow> rows;
    private final MinimumCut cut;
    private final MinimumCut cutNearSinks;

    private static final Comparator<FlowRow> BY_VALUE_THEN_IDS = (a, b) -> {
        int c = Double.compare(b.value(), a.value());
        if (c == 0) {
            c = Integer.compare(a.source(), b.source());
        }
        return c != 0 ? c : Integer.compare(a.target(), b.target());
    };

    FlowResult(CompactGraph graph, int[] sources, int[] sinks, double value, double[] arcFlow, double[] originated,
               double[] absorbed, double[] throughput, MinimumCut cut, MinimumCut cutNearSinks) {
        this.graph = graph;
        this.sources = sources;
        this.sinks = sinks;
        this.value = value;
        this.arcFlow = arcFlow;
        this.originated = originated;
        this.absorbed = absorbed;
        this.throughput = throughput;
        this.cut = cut;
        this.cutNearSinks = cutNearSinks;
    }

    public CompactGraph graph() {
        return graph;
    }

    /** The distinct sources, ascending. */
    public int[] sources() {
        return sources.clone();
    }

    /** The distinct sinks, ascending. */
    public int[] sinks() {
        return sinks.clone();
    }

    /** The value of the maximum flow: the total the sinks receive from the sources. */
    public double value() {
        return value;
    }

    /** The flow on arc {@code arc} (an index into {@link CompactGraph#outTargets()}). */
    public double arcFlow(int arc) {
        if (arc < 0 || arc >= arcFlow.length) {
            throw new IllegalArgumentException("arc " + arc + " is not an arc (arcs are 0.." + (arcFlow.length - 1) + ")");
        }
        return arcFlow[arc];
    }

    /** The flow on every arc, indexed like {@link CompactGraph#outTargets()}. */
    public double[] arcFlows() {
        return arcFlow.clone();
    }

    /** Per vertex, the flow it sends on its own account: positive only for sources. */
    public double[] originated() {
        return originated.clone();
    }

    /** Per vertex, the flow it keeps: positive only for sinks. */
    public double[] absorbed() {
        return absorbed.clone();
    }

    /**
     * Per vertex, the flow passing through it: what it receives plus what it originates (equally, what it sends
     * plus what it absorbs). This is what a vertex capacity bounds.
     */
    public double[] throughput() {
        return throughput.clone();
    }

    /**
     * The flow as Sankey links: one row per ordered pair of vertices with positive flow between them (parallel arcs
     * summed), largest first, ties by source and then target vertex. Unmodifiable.
     */
    public List<FlowRow> rows() {
        List<FlowRow> r = rows;
        if (r == null) {
            r = rows(graph, arcFlow);
            rows = r;
        }
        return r;
    }

    /**
     * The minimum cut nearest the sources: its source side is everything the sources can still reach in the residual
     * network, the smallest source side of any minimum cut. Its capacity equals {@link #value()} (up to rounding).
     */
    public MinimumCut minimumCut() {
        return cut;
    }

    /**
     * The minimum cut nearest the sinks: its sink side is everything that can still reach a sink in the residual
     * network, the largest source side of any minimum cut. Equal to {@link #minimumCut()} when the minimum cut is
     * unique; when they differ, the arcs and vertices in both are in every minimum cut.
     */
    public MinimumCut minimumCutNearSinks() {
        return cutNearSinks;
    }

    private static List<FlowRow> rows(CompactGraph g, double[] flow) {
        int n = g.vertexCount();
        int[] targets = g.outTargets();
        int[] slot = new int[n]; // slot[w] = row of (u, w) if >= the first row of u
        Arrays.fill(slot, -1);
        List<FlowRow> rows = new ArrayList<>();
        int[] rowSource = new int[16];
        int[] rowTarget = new int[16];
        double[] rowValue = new double[16];
        int count = 0;
        for (int u = 0; u < n; u++) {
            int first = count;
            for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                if (flow[a] <= 0) {
                    continue;
                }
                int w = targets[a];
                int r = slot[w];
                if (r >= first) {
                    rowValue[r] += flow[a];
                } else {
                    if (count == rowSource.length) {
                        rowSource = Arrays.copyOf(rowSource, 2 * count);
                        rowTarget = Arrays.copyOf(rowTarget, 2 * count);
                        rowValue = Arrays.copyOf(rowValue, 2 * count);
                    }
                    slot[w] = count;
                    rowSource[count] = u;
                    rowTarget[count] = w;
                    rowValue[count++] = flow[a];
                }
            }
        }
        for (int r = 0; r < count; r++) {
            rows.add(new FlowRow(rowSource[r], rowTarget[r], rowValue[r]));
        }
        // (source, target) is unique per row, so this order is total and the result deterministic.
        rows.sort(BY_VALUE_THEN_IDS);
        return List.copyOf(rows);
    }

    @Override
    public String toString() {
        return "FlowResult[value " + value + ", cut " + cut + "]";
    }
}
