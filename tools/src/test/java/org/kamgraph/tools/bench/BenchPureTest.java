package org.kamgraph.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.junit.jupiter.api.Test;
import org.kamgraph.algorithms.CompactGraph;

/** The benchmark's pure parts: arguments, kernels, medians, the table. No database. */
class BenchPureTest {

    @Test
    void argumentsWithDefaultsAndErrors() {
        BenchOptions o = BenchOptions.parse(new String[] {"--scale=50", "--data-dir=/tmp/x", "--gds", "--runs=5"});
        assertThat(o.scale()).isEqualTo(50);
        assertThat(o.dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(o.gds()).isTrue();
        assertThat(o.runs()).isEqualTo(5);
        assertThat(o.iterations()).isEqualTo(20);
        assertThat(o.specs()).isEqualTo(BenchSpecs.DEFAULT);
        assertThat(BenchOptions.parse(new String[0]).dataDir().toString()).endsWith("kam-bench/scale-1");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--runs=x"})).hasMessageContaining("--runs");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--specs=nope"})).hasMessageContaining("influence");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--bogus"})).hasMessageContaining("--bogus");
    }

    @Test
    void medians() {
        assertThat(Kernels.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(Kernels.median(new double[] {4, 1, 2, 3})).isEqualTo(2.5);
    }

    @Test
    void kernelsReadTheInAdjacency() {
        // 0 -> 1 (w 2), 2 -> 1 (w 3), 1 -> 0 (w 1)
        var g = new SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        for (int v = 0; v < 3; v++) {
            g.addVertex(v);
        }
        g.setEdgeWeight(g.addEdge(0, 1), 2);
        g.setEdgeWeight(g.addEdge(2, 1), 3);
        g.setEdgeWeight(g.addEdge(1, 0), 1);
        Kernels.Csr csr = Kernels.Csr.in(CompactGraph.of(g));
        assertThat(csr.offsets()).containsExactly(0, 1, 3, 3);
        assertThat(csr.bytesPerIteration()).isEqualTo(4 * 4 + 3 * 4 + 3 * 8 + 2 * 3 * 8);
        double[] x = {1, 10, 100};
        double[] next = new double[3];
        Kernels.pull(csr, x, next);
        assertThat(next[1]).isEqualTo(0.85 * (1 * 2 + 100 * 3) + 0.15);
        assertThat(next[0]).isEqualTo(0.85 * 10 + 0.15);
        double floor = Kernels.streamingFloor(csr, x, next);
        assertThat(floor).isEqualTo((0 + 1 + 3 + 3) + (1 + 0 + 2) + (1 + 2 + 3) + next[2]);
    }

    @Test
    void plainTable() {
        String t = BenchReport.table(List.of(new String[] {"name", "n"}, new String[] {"a", "1,000"}));
        assertThat(t.lines()).containsExactly("name  n    ", "----  -----", "a     1,000");
    }
}
