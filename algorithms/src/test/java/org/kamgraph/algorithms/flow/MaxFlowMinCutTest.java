package org.kamgraph.algorithms.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kamgraph.algorithms.CompactGraph;

class MaxFlowMinCutTest {
    static final double INF = Double.POSITIVE_INFINITY;

    /** A directed multigraph on vertices 0..n-1 with arcs {u, v, capacity}, added in the order given. */
    static CompactGraph network(int n, double[]... arcs) {
        Graph<Integer, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < n; v++) {
            g.addVertex(v);
        }
        for (double[] a : arcs) {
            g.setEdgeWeight(g.addEdge((int) a[0], (int) a[1]), a[2]);
        }
        return CompactGraph.of(g);
    }

    /** The index of the (first) arc u -> v. */
    static int arc(CompactGraph g, int u, int v) {
        for (int a = g.outStart(u); a < g.outEnd(u); a++) {
            if (g.outTargets()[a] == v) {
                return a;
            }
        }
        throw new AssertionError("no arc " + u + " -> " + v);
    }

    /**
     * CLRS, Introduction to Algorithms, 3rd ed., Figure 26.1(a): s=0, v1=1, v2=2, v3=3, v4=4, t=5. Its maximum flow
     * has value 23 (Figure 26.6), and the only minimum cut is ({s, v1, v2, v4}, {v3, t}): v1 -> v3 (12), v4 -> v3 (7)
     * and v4 -> t (4).
     */
    static CompactGraph clrs() {
        return network(6, new double[] {0, 1, 16}, new double[] {0, 2, 13}, new double[] {2, 1, 4},
                new double[] {1, 3, 12}, new double[] {3, 2, 9}, new double[] {2, 4, 14}, new double[] {4, 3, 7},
                new double[] {3, 5, 20}, new double[] {4, 5, 4});
    }

    @Test
    void clrsFigure26_1() {
        CompactGraph g = clrs();
        FlowResult r = new MaxFlowMinCut(g).maximumFlow(List.of(0), List.of(5));
        assertThat(r.value()).isEqualTo(23.0);
        MinimumCut cut = r.minimumCut();
        assertThat(cut.sourceSide()).containsExactly(0, 1, 2, 4);
        assertThat(cut.arcs()).containsExactly(arc(g, 1, 3), arc(g, 4, 3), arc(g, 4, 5));
        assertThat(cut.vertices()).isEmpty();
        assertThat(cut.capacity()).isEqualTo(23.0);
        assertThat(r.minimumCutNearSinks()).isEqualTo(cut); // the minimum cut is unique
        for (int a : cut.arcs()) {
            assertThat(r.arcFlow(a)).isEqualTo(g.outWeights()[a]); // cut arcs are saturated
        }
        assertThat(r.originated()).containsExactly(23, 0, 0, 0, 0, 0);
        assertThat(r.absorbed()).containsExactly(0, 0, 0, 0, 0, 23);
        assertValidFlow(g, r, null);
    }

    @Test
    void severalSourcesAndSinks() {
        // payers 0, 1 -> PBM 2 and hospital 3 -> wholesaler 4 -> pharmacies 5, 6 (and 3 -> 6 directly)
        CompactGraph g = network(7, new double[] {0, 2, 100}, new double[] {1, 2, 50}, new double[] {1, 3, 30},
                new double[] {2, 4, 120}, new double[] {3, 4, 40}, new double[] {3, 6, 10}, new double[] {4, 5, 70},
                new double[] {4, 6, 60});
        FlowResult r = new MaxFlowMinCut(g).maximumFlow(List.of(1, 0, 1), List.of(6, 5));
        assertThat(r.value()).isEqualTo(140.0);
        assertThat(r.sources()).containsExactly(0, 1);
        assertThat(r.sinks()).containsExactly(5, 6);
        // everything into the pharmacies is used: the cut is next to them
        assertThat(r.minimumCut().sourceSide()).containsExactly(0, 1, 2, 3, 4);
        assertThat(r.minimumCut().arcs()).containsExactly(arc(g, 3, 6), arc(g, 4, 5), arc(g, 4, 6));
        assertThat(r.absorbed()[5]).isEqualTo(70.0);
        assertThat(r.absorbed()[6]).isEqualTo(70.0);
        assertThat(r.originated()[0] + r.originated()[1]).isEqualTo(140.0);
        assertThat(r.throughput()[4]).isEqualTo(130.0);
        assertThat(r.rows()).contains(new FlowRow(4, 5, 70), new FlowRow(4, 6, 60), new FlowRow(3, 6, 10));
        assertValidFlow(g, r, null);
        assertThat(bruteForceMinCut(g, r.sources(), r.sinks(), null)).isEqualTo(140.0);
    }

    @Test
    void vertexCapacityMakesTheOrganizationTheCut() {
        // payers 0, 1 -> PBM 2 -> pharmacies 3, 4; every arc could carry 100, the PBM only 50
        CompactGraph g = network(5, new double[] {0, 2, 100}, new double[] {1, 2, 100}, new double[] {2, 3, 100},
                new double[] {2, 4, 100});
        double[] caps = {INF, INF, 50, INF, INF};
        FlowResult r = new MaxFlowMinCut(g).maximumFlow(List.of(0, 1), List.of(3, 4), caps);
        assertThat(r.value()).isEqualTo(50.0);
        for (MinimumCut cut : List.of(r.minimumCut(), r.minimumCutNearSinks())) {
            assertThat(cut.vertices()).containsExactly(2);
            assertThat(cut.arcs()).isEmpty();
            assertThat(cut.capacity()).isEqualTo(50.0);
            assertThat(cut.isOnSourceSide(2)).isTrue(); // its entry is; its exit is not
            assertThat(cut.sourceSide()).containsExactly(0, 1, 2);
        }
        assertThat(r.throughput()[2]).isEqualTo(50.0);
        assertValidFlow(g, r, caps);

        // Without the limit the arcs out of the payers are the cut (200) ...
        assertThat(new MaxFlowMinCut(g).maximumFlow(List.of(0, 1), List.of(3, 4)).value()).isEqualTo(200.0);
        // ... and a source's own capacity bounds what it sends.
        FlowResult limited = new MaxFlowMinCut(g).maximumFlow(List.of(0, 1), List.of(3, 4),
                new double[] {30, 40, INF, INF, INF});
        assertThat(limited.value()).isEqualTo(70.0);
        assertThat(limited.minimumCut().vertices()).containsExactly(0, 1);
        assertThat(limited.originated()).containsExactly(30, 40, 0, 0, 0);
        // A vertex of capacity 0 blocks everything but is no gatekeeper of any spend.
        FlowResult closed = new MaxFlowMinCut(g).maximumFlow(List.of(0, 1), List.of(3, 4),
                new double[] {INF, INF, 0, INF, INF});
        assertThat(closed.value()).isZero();
        assertThat(closed.minimumCut().vertices()).isEmpty();
        assertThat(closed.minimumCut().capacity()).isZero();
    }

    @Test
    void disconnectedSinksGetNothing() {
        CompactGraph g = network(6, new double[] {0, 1, 5}, new double[] {1, 2, 5}, new double[] {3, 4, 5},
                new double[] {4, 5, 5});
        FlowResult r = new MaxFlowMinCut(g).maximumFlow(List.of(0), List.of(5, 4));
        assertThat(r.value()).isZero();
        assertThat(r.rows()).isEmpty();
        assertThat(r.arcFlows()).containsOnly(0.0);
        assertThat(r.minimumCut().sourceSide()).containsExactly(0, 1, 2);
        assertThat(r.minimumCut().arcs()).isEmpty();
        assertThat(r.minimumCut().capacity()).isZero();
        assertThat(r.minimumCutNearSinks().sourceSide()).containsExactly(0, 1, 2);
        assertThat(FlowDecomposition.largestPaths(r, 5)).isEmpty();
    }

    @Test
    void parallelArcsAddUpAndSelfLoopsCarryNothing() {
        CompactGraph g = network(3, new double[] {0, 1, 3}, new double[] {0, 1, 4}, new double[] {1, 1, 50},
                new double[] {1, 2, 10});
        FlowResult r = new MaxFlowMinCut(g).maximumFlow(List.of(0), List.of(2));
        assertThat(r.value()).isEqualTo(7.0);
        assertThat(r.rows()).containsExactly(new FlowRow(0, 1, 7), new FlowRow(1, 2, 7));
        assertThat(r.arcFlow(arc(g, 1, 1))).isZero();
        assertThat(r.minimumCut().arcs()).hasSize(2); // both parallel arcs
        assertThat(r.minimumCut().capacity()).isEqualTo(7.0);
        assertValidFlow(g, r, null);
    }

    @Test
    void sankeyRowsAreSortedAndTheFlowIsAcyclic() {
        // A ring 1 -> 2 -> 3 -> 1 of large capacity between source 0 and sink 4 invites circulation.
        CompactGraph g = network(5, new double[] {0, 1, 5}, new double[] {0, 2, 5}, new double[] {1, 2, 100},
                new double[] {2, 3, 100}, new double[] {3, 1, 100}, new double[] {2, 1, 100}, new double[] {3, 4, 8},
                new double[] {1, 4, 1});
        FlowResult r = new MaxFlowMinCut(g).maximumFlow(List.of(0), List.of(4));
        assertThat(r.value()).isEqualTo(9.0);
        assertValidFlow(g, r, null);
        List<FlowRow> rows = r.rows();
        for (int i = 1; i < rows.size(); i++) {
            FlowRow a = rows.get(i - 1);
            FlowRow b = rows.get(i);
            assertThat(a.value() > b.value() || a.value() == b.value()
                    && (a.source() < b.source() || a.source() == b.source() && a.target() < b.target())).isTrue();
        }
        assertThat(rows.stream().mapToDouble(FlowRow::value).sum())
                .isEqualTo(Arrays.stream(r.arcFlows()).sum(), within(1e-12));
    }

    @Test
    void undirectedEdgesCarryFlowEitherWay() {
        Graph<Integer, DefaultWeightedEdge> u = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < 4; v++) {
            u.addVertex(v);
        }
        u.setEdgeWeight(u.addEdge(0, 1), 3);
        u.setEdgeWeight(u.addEdge(2, 1), 2); // used from 1 to 2
        u.setEdgeWeight(u.addEdge(0, 2), 1);
        u.setEdgeWeight(u.addEdge(3, 2), 10);
        CompactGraph g = CompactGraph.of(u);
        FlowResult r = new MaxFlowMinCut(u).maximumFlow(List.of(0), List.of(3));
        assertThat(r.value()).isEqualTo(3.0); // 0-1-2 (2) and 0-2 (1)
        assertThat(r.minimumCut().capacity()).isEqualTo(3.0);
        assertValidFlow(g, r, null);
        assertThat(new MaxFlowMinCut(u).maximumFlow(List.of(3), List.of(0)).value()).isEqualTo(3.0);
    }

    @Test
    void agreesWithJGraphTAndBruteForceOnRandomNetworks() {
        Random random = new Random(11);
        for (int round = 0; round < 30; round++) {
            int n = 4 + random.nextInt(8);
            Graph<Integer, DefaultWeightedEdge> jg = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
            for (int v = 0; v < n + 2; v++) {
                jg.addVertex(v);
            }
            List<double[]> arcs = new ArrayList<>();
            for (int u = 0; u < n; u++) {
                for (int v = 0; v < n; v++) {
                    if (u != v && random.nextDouble() < 0.35) {
                        double c = round % 3 == 0 ? random.nextInt(10) : Math.exp(10 + 5 * random.nextDouble());
                        arcs.add(new double[] {u, v, c});
                        jg.setEdgeWeight(jg.addEdge(u, v), c);
                    }
                }
            }
            CompactGraph g = network(n, arcs.toArray(double[][]::new));
            List<Integer> sources = List.of(0, 1);
            List<Integer> sinks = round % 2 == 0 ? List.of(n - 1) : List.of(n - 2, n - 1);
            // JGraphT with its own super nodes n (source) and n + 1 (sink); finite "unlimited" capacity
            double big = arcs.stream().mapToDouble(a -> a[2]).sum() + 1;
            for (int s : sources) {
                jg.setEdgeWeight(jg.addEdge(n, s), big);
            }
            for (int t : sinks) {
                jg.setEdgeWeight(jg.addEdge(t, n + 1), big);
            }
            double pushRelabel = new PushRelabelMFImpl<>(jg).getMaximumFlowValue(n, n + 1);
            double edmondsKarp = new EdmondsKarpMFImpl<>(jg).getMaximumFlowValue(n, n + 1);
            double[] caps = null;
            if (round % 4 == 1) {
                caps = new double[n];
                for (int v = 0; v < n; v++) {
                    caps[v] = random.nextDouble() < 0.5 ? INF : Math.exp(10 + 5 * random.nextDouble());
                }
            }
            FlowResult r = new MaxFlowMinCut(g).maximumFlow(sources, sinks, caps);
            double tolerance = 1e-9 * Math.max(1, r.value());
            if (caps == null) {
                assertThat(r.value()).as("round %d", round).isCloseTo(pushRelabel, within(tolerance));
                assertThat(r.value()).as("round %d", round).isCloseTo(edmondsKarp, within(tolerance));
            }
            assertThat(r.value()).as("round %d", round)
                    .isCloseTo(bruteForceMinCut(g, r.sources(), r.sinks(), caps), within(tolerance));
            assertValidFlow(g, r, caps);
        }
    }

    /** One case of flow_cases.txt (written by flow_reference.py) with NetworkX's values. */
    record Case(String name, CompactGraph graph, List<Integer> sources, List<Integer> sinks, double[] vertexCapacities,
                double maxFlow, double minCut) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> reference() {
        Map<String, double[]> expected = new HashMap<>();
        List<String> csv = lines("flow_expected.csv");
        for (String line : csv.subList(1, csv.size())) {
            String[] f = line.split(",");
            expected.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
        }
        List<Case> cases = new ArrayList<>();
        String name = null;
        int n = 0;
        List<Integer> sources = null;
        List<Integer> sinks = null;
        double[] caps = null;
        List<double[]> arcs = new ArrayList<>();
        for (String line : lines("flow_cases.txt")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            switch (f[0]) {
                case "case" -> {
                    name = f[1];
                    n = Integer.parseInt(f[2]);
                    caps = null;
                    arcs = new ArrayList<>();
                }
                case "sources" -> sources = Arrays.stream(f).skip(1).map(Integer::valueOf).toList();
                case "sinks" -> sinks = Arrays.stream(f).skip(1).map(Integer::valueOf).toList();
                case "vcap" -> {
                    caps = new double[n];
                    Arrays.fill(caps, INF);
                    for (int i = 1; i < f.length; i++) {
                        String[] vc = f[i].split(":");
                        caps[Integer.parseInt(vc[0])] = Double.parseDouble(vc[1]);
                    }
                }
                case "end" -> {
                    double[] e = expected.get(name);
                    cases.add(new Case(name, network(n, arcs.toArray(double[][]::new)), sources, sinks, caps, e[0],
                            e[1]));
                }
                default -> arcs.add(new double[] {Integer.parseInt(f[0]), Integer.parseInt(f[1]),
                        Double.parseDouble(f[2])});
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reference")
    void matchesNetworkX(Case c) {
        FlowResult r = new MaxFlowMinCut(c.graph()).maximumFlow(c.sources(), c.sinks(), c.vertexCapacities());
        double tolerance = 1e-9 * Math.max(1, c.maxFlow());
        assertThat(r.value()).isCloseTo(c.maxFlow(), within(tolerance));
        assertThat(r.minimumCut().capacity()).isCloseTo(c.minCut(), within(tolerance));
        assertThat(r.minimumCutNearSinks().capacity()).isCloseTo(c.minCut(), within(tolerance));
        assertValidFlow(c.graph(), r, c.vertexCapacities());
        List<FlowPath> paths = FlowDecomposition.largestPaths(r, Integer.MAX_VALUE);
        assertThat(paths.stream().mapToDouble(FlowPath::value).sum()).isCloseTo(r.value(), within(tolerance));
    }

    @Test
    void rejectsBadInput() {
        MaxFlowMinCut flow = new MaxFlowMinCut(clrs());
        assertThatThrownBy(() -> flow.maximumFlow(List.of(), List.of(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sources must name");
        assertThatThrownBy(() -> flow.maximumFlow(null, List.of(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sources");
        assertThatThrownBy(() -> flow.maximumFlow(List.of(0), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sinks must name");
        assertThatThrownBy(() -> flow.maximumFlow(List.of(0, 3), List.of(5, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vertex 3 is both a source and a sink");
        assertThatThrownBy(() -> flow.maximumFlow(List.of(0), List.of(6)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sink 6 is not a vertex");
        assertThatThrownBy(() -> flow.maximumFlow(List.of(-1), List.of(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source -1 is not a vertex");
        assertThatThrownBy(() -> flow.maximumFlow(List.of(0), List.of(5), new double[5]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vertexCapacities must have one entry");
        assertThatThrownBy(() -> flow.maximumFlow(List.of(0), List.of(5), new double[] {1, 1, -1, 1, 1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vertexCapacities[2] is -1.0");
        assertThatThrownBy(() -> flow.maximumFlow(List.of(0), List.of(5), new double[] {1, 1, 1, Double.NaN, 1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vertexCapacities[3] is NaN");
        for (double bad : new double[] {-1, Double.NaN, INF}) {
            assertThatThrownBy(() -> new MaxFlowMinCut(network(2, new double[] {0, 1, bad})))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("arc 0 (0 -> 1) has capacity " + bad)
                    .hasMessageContaining("capacities");
        }
        assertThatThrownBy(() -> new MaxFlowMinCut((CompactGraph) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("graph");
    }

    /**
     * Checks capacities, conservation (sources may send more than they receive, sinks receive more than they send),
     * the bookkeeping of originated / absorbed / throughput / rows, that the flow is acyclic, and that both cuts
     * separate the terminals with a capacity equal to the value, every cut arc and vertex saturated.
     */
    static void assertValidFlow(CompactGraph g, FlowResult r, double[] caps) {
        int n = g.vertexCount();
        double tolerance = 1e-9 * Math.max(1, r.value());
        double[] flow = r.arcFlows();
        double[] in = new double[n];
        double[] out = new double[n];
        for (int u = 0; u < n; u++) {
            for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                assertThat(flow[a]).isBetween(0.0, g.outWeights()[a]);
                out[u] += flow[a];
                in[g.outTargets()[a]] += flow[a];
            }
        }
        double[] originated = r.originated();
        double[] absorbed = r.absorbed();
        double[] throughput = r.throughput();
        double sent = 0;
        for (int v = 0; v < n; v++) {
            assertThat(in[v] + originated[v]).as("conservation at %d", v).isCloseTo(out[v] + absorbed[v], within(tolerance));
            assertThat(throughput[v]).isCloseTo(in[v] + originated[v], within(tolerance));
            if (caps != null) {
                assertThat(throughput[v]).isLessThanOrEqualTo(caps[v]);
            }
            sent += originated[v];
            final int vertex = v;
            if (Arrays.stream(r.sources()).noneMatch(s -> s == vertex)) {
                assertThat(originated[v]).isZero();
            }
            if (Arrays.stream(r.sinks()).noneMatch(t -> t == vertex)) {
                assertThat(absorbed[v]).isZero();
            }
        }
        assertThat(sent).isCloseTo(r.value(), within(tolerance));
        assertThat(Arrays.stream(absorbed).sum()).isCloseTo(r.value(), within(tolerance));
        // rows: one per pair, the sum of its arcs
        Map<Long, Double> pairs = new HashMap<>();
        for (int u = 0; u < n; u++) {
            for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                if (flow[a] > 0) {
                    pairs.merge(((long) u << 32) | g.outTargets()[a], flow[a], Double::sum);
                }
            }
        }
        assertThat(r.rows()).hasSize(pairs.size());
        for (FlowRow row : r.rows()) {
            assertThat(row.value()).isPositive()
                    .isCloseTo(pairs.get(((long) row.source() << 32) | row.target()), within(tolerance));
        }
        assertAcyclic(g, flow);
        for (MinimumCut cut : List.of(r.minimumCut(), r.minimumCutNearSinks())) {
            for (int s : r.sources()) {
                assertThat(cut.isOnSourceSide(s)).isTrue();
            }
            for (int t : r.sinks()) {
                // a sink's entry may be on the source side only if the sink itself is cut
                assertThat(!cut.isOnSourceSide(t) || Arrays.stream(cut.vertices()).anyMatch(x -> x == t)).isTrue();
            }
            assertThat(cut.capacity()).isCloseTo(r.value(), within(tolerance));
            for (int a : cut.arcs()) {
                assertThat(flow[a]).isEqualTo(g.outWeights()[a]);
            }
            for (int v : cut.vertices()) {
                assertThat(throughput[v]).isEqualTo(caps[v]);
            }
        }
        // the decomposition explains the whole value, largest paths first, along arcs with flow
        List<FlowPath> paths = FlowDecomposition.largestPaths(r, Integer.MAX_VALUE);
        double explained = 0;
        double previous = Double.POSITIVE_INFINITY;
        double[] used = new double[flow.length];
        for (FlowPath p : paths) {
            assertThat(p.value()).isPositive().isLessThanOrEqualTo(previous);
            previous = p.value();
            explained += p.value();
            assertThat(originated[p.source()]).isPositive();
            assertThat(absorbed[p.sink()]).isPositive();
            int[] vs = p.vertices();
            int[] as = p.arcs();
            assertThat(Arrays.stream(vs).distinct().count()).isEqualTo(vs.length);
            for (int i = 0; i < as.length; i++) {
                assertThat(as[i]).isBetween(g.outStart(vs[i]), g.outEnd(vs[i]) - 1);
                assertThat(g.outTargets()[as[i]]).isEqualTo(vs[i + 1]);
                used[as[i]] += p.value();
            }
        }
        assertThat(explained).isCloseTo(r.value(), within(tolerance));
        for (int a = 0; a < flow.length; a++) {
            assertThat(used[a]).isCloseTo(flow[a], within(tolerance));
        }
    }

    /** No cycle among the arcs with positive flow (Kahn's algorithm removes every vertex). */
    static void assertAcyclic(CompactGraph g, double[] flow) {
        int n = g.vertexCount();
        int[] indegree = new int[n];
        for (int u = 0; u < n; u++) {
            for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                if (flow[a] > 0) {
                    indegree[g.outTargets()[a]]++;
                }
            }
        }
        int[] queue = new int[n];
        int last = 0;
        for (int v = 0; v < n; v++) {
            if (indegree[v] == 0) {
                queue[last++] = v;
            }
        }
        for (int first = 0; first < last; first++) {
            int u = queue[first];
            for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                if (flow[a] > 0 && --indegree[g.outTargets()[a]] == 0) {
                    queue[last++] = g.outTargets()[a];
                }
            }
        }
        assertThat(last).as("acyclic flow").isEqualTo(n);
    }

    /**
     * The minimum cut capacity by trying every cut: each vertex that is not a terminal is on the source side or not,
     * and a vertex with a finite capacity may also be cut itself (entry on the source side, exit not). Exponential;
     * for the small random networks only.
     */
    static double bruteForceMinCut(CompactGraph g, int[] sources, int[] sinks, double[] caps) {
        int n = g.vertexCount();
        // state per vertex: 0 both halves on the sink side, 1 both on the source side, 2 cut (entry source side)
        int[] state = new int[n];
        List<Integer> free = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            final int vertex = v;
            if (Arrays.stream(sources).anyMatch(s -> s == vertex)) {
                state[v] = 1;
            } else if (Arrays.stream(sinks).anyMatch(t -> t == vertex)) {
                state[v] = 0;
            } else {
                free.add(v);
            }
        }
        // terminals with a capacity can be cut too: a source's exit or a sink's entry may change side
        List<Integer> terminalsWithCapacity = new ArrayList<>();
        if (caps != null) {
            for (int v = 0; v < n; v++) {
                if (!free.contains(v) && caps[v] != INF) {
                    terminalsWithCapacity.add(v);
                }
            }
        }
        double best = INF;
        int combos = 1;
        for (int v : free) {
            combos *= caps != null && caps[v] != INF ? 3 : 2;
        }
        for (int c = 0; c < combos; c++) {
            int code = c;
            for (int v : free) {
                int base = caps != null && caps[v] != INF ? 3 : 2;
                state[v] = code % base;
                code /= base;
            }
            for (int t = 0; t < 1 << terminalsWithCapacity.size(); t++) {
                double capacity = 0;
                for (int i = 0; i < terminalsWithCapacity.size(); i++) {
                    int v = terminalsWithCapacity.get(i);
                    boolean isSource = Arrays.stream(sources).anyMatch(s -> s == v);
                    state[v] = (t >> i & 1) == 1 ? 2 : (isSource ? 1 : 0);
                }
                for (int v = 0; v < n; v++) {
                    if (state[v] == 2) {
                        capacity += caps[v];
                    }
                }
                for (int u = 0; u < n; u++) {
                    boolean exitOnSourceSide = state[u] == 1;
                    for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                        int w = g.outTargets()[a];
                        boolean entryOnSourceSide = state[w] >= 1;
                        if (w != u && exitOnSourceSide && !entryOnSourceSide) {
                            capacity += g.outWeights()[a];
                        }
                    }
                }
                best = Math.min(best, capacity);
            }
        }
        return best;
    }

    static List<String> lines(String resource) {
        try (InputStream in = MaxFlowMinCutTest.class.getResourceAsStream("/reference/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /reference/" + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
