package org.kamgraph.algorithms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VertexHeapTest {

    @Test
    void smallestFirstWithDecreases() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 500;
        double[] keys = new double[n];
        VertexHeap heap = VertexHeap.smallestFirst(keys);
        for (int v = 0; v < n; v++) {
            keys[v] = random.nextDouble(100);
            heap.insert(v);
        }
        for (int i = 0; i < 1000; i++) {
            int v = random.nextInt(n);
            keys[v] -= random.nextDouble(10);
            heap.improved(v);
        }
        double[] sorted = keys.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            int v = heap.poll();
            assertThat(heap.contains(v)).isFalse();
            assertThat(keys[v]).isEqualTo(sorted[i]);
        }
        assertThat(heap.isEmpty()).isTrue();
    }

    @Test
    void largestFirstWithIncreasesAndTiesBySmallerVertex() {
        double[] keys = {3, 5, 5, 1, 5};
        VertexHeap heap = VertexHeap.largestFirst(keys);
        for (int v = 4; v >= 0; v--) {
            heap.insert(v);
        }
        keys[3] = 9;
        heap.improved(3);
        int[] order = new int[5];
        for (int i = 0; i < 5; i++) {
            order[i] = heap.poll();
        }
        assertThat(order).containsExactly(3, 1, 2, 4, 0);
        heap.insert(0);
        heap.clear();
        assertThat(heap.isEmpty()).isTrue();
        assertThat(heap.contains(0)).isFalse();
    }

    @Test
    void updatesEitherWayAndRemovalsKeepTheOrder() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 300;
        double[] keys = new double[n];
        boolean[] in = new boolean[n];
        VertexHeap heap = VertexHeap.largestFirst(keys);
        for (int i = 0; i < 5000; i++) {
            int v = random.nextInt(n);
            if (random.nextInt(4) == 0) {
                heap.remove(v);
                in[v] = false;
            } else {
                keys[v] = random.nextInt(20); // many ties: broken by the smaller vertex
                heap.update(v);
                in[v] = true;
            }
            int best = -1;
            for (int w = 0; w < n; w++) {
                if (in[w] && (best < 0 || keys[w] > keys[best])) {
                    best = w;
                }
            }
            assertThat(heap.isEmpty()).isEqualTo(best < 0);
            if (best >= 0) {
                assertThat(heap.peek()).isEqualTo(best);
            }
        }
    }
}
