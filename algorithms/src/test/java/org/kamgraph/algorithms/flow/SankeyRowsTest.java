package org.kamgraph.algorithms.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.kamgraph.algorithms.flow.MaxFlowMinCutTest.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kamgraph.algorithms.CompactGraph;

/**
 * The Sankey rows a spend flow answers with, read as a user reads them: at every organization that is neither a
 * source nor a sink, what the rows bring in equals what they take out; what the sinks keep adds up to the value; and
 * the largest paths of one source never add up to more than what it can send.
 */
class SankeyRowsTest {

    @Test
    void rowsAreConservedAtEveryIntermediateVertexOfRandomNetworks() {
        Random random = new Random(2026);
        for (int round = 0; round < 200; round++) {
            int n = 4 + random.nextInt(30);
            List<double[]> arcs = new ArrayList<>();
            for (int u = 0; u < n; u++) {
                for (int v = 0; v < n; v++) {
                    if (u != v && random.nextDouble() < 0.15) {
                        double c = round % 3 == 0 ? random.nextInt(8) : Math.exp(12 + 8 * random.nextDouble());
                        arcs.add(new double[] {u, v, c});
                        if (random.nextDouble() < 0.1) {
                            arcs.add(new double[] {u, v, c / 3}); // a second relationship between the same two
                        }
                    }
                }
            }
            CompactGraph g = network(n, arcs.toArray(double[][]::new));
            Set<Integer> sources = new HashSet<>();
            Set<Integer> sinks = new HashSet<>();
            for (int v = 0; v < n; v++) {
                double x = random.nextDouble();
                if (x < 0.15) {
                    sources.add(v);
                } else if (x < 0.35) {
                    sinks.add(v);
                }
            }
            sources.add(0);
            sinks.remove(0);
            sinks.add(n - 1);
            sources.remove(n - 1);
            FlowResult flow = new MaxFlowMinCut(g).maximumFlow(sources, sinks);
            double tolerance = 1e-9 * Math.max(1, flow.value());
            double[] in = new double[n];
            double[] out = new double[n];
            Set<Long> pairs = new HashSet<>();
            for (FlowRow row : flow.rows()) {
                assertThat(row.value()).isPositive();
                assertThat(pairs.add(((long) row.source() << 32) | row.target())).as("one row per pair").isTrue();
                out[row.source()] += row.value();
                in[row.target()] += row.value();
            }
            double kept = 0;
            for (int v = 0; v < n; v++) {
                if (!sources.contains(v) && !sinks.contains(v)) {
                    assertThat(in[v]).as("round %d: rows in and out of intermediate %d", round, v).isCloseTo(out[v], within(tolerance));
                }
                if (sinks.contains(v)) {
                    kept += in[v] - out[v];
                }
            }
            assertThat(kept).as("round %d: the sinks keep the value", round).isCloseTo(flow.value(), within(tolerance));
        }
    }

    @Test
    void pathsOfOneSourceNeverAddUpToMoreThanItCanSend() {
        Random random = new Random(99);
        for (int round = 0; round < 200; round++) {
            int n = 3 + random.nextInt(20);
            List<double[]> arcs = new ArrayList<>();
            for (int u = 0; u < n; u++) {
                for (int v = 0; v < n; v++) {
                    if (u != v && random.nextDouble() < 0.25) {
                        arcs.add(new double[] {u, v, Math.exp(10 + 6 * random.nextDouble())});
                    }
                }
            }
            CompactGraph g = network(n, arcs.toArray(double[][]::new));
            double canSend = 0;
            for (int a = g.outStart(0); a < g.outEnd(0); a++) {
                canSend += g.outWeights()[a];
            }
            List<Integer> sinks = new ArrayList<>();
            for (int v = n / 2; v < n; v++) {
                sinks.add(v);
            }
            if (sinks.contains(0)) {
                continue;
            }
            FlowResult flow = new MaxFlowMinCut(g).maximumFlow(List.of(0), sinks);
            double tolerance = 1e-9 * Math.max(1, canSend);
            for (int k : new int[] {1, 3, Integer.MAX_VALUE}) {
                double sum = FlowDecomposition.largestPaths(flow, k).stream().mapToDouble(FlowPath::value).sum();
                assertThat(sum).as("round %d, %d paths", round, k).isLessThanOrEqualTo(flow.value() + tolerance);
                assertThat(sum).isLessThanOrEqualTo(canSend + tolerance);
            }
        }
    }
}
