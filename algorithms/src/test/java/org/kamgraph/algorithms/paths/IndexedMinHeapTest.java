package org.kamgraph.algorithms.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IndexedMinHeapTest {

    @Test
    void pollsInKeyOrderWithDecreases() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 500;
        double[] keys = new double[n];
        IndexedMinHeap heap = new IndexedMinHeap(keys);
        for (int v = 0; v < n; v++) {
            keys[v] = random.nextDouble(100);
            heap.insert(v);
        }
        for (int i = 0; i < 1000; i++) {
            int v = random.nextInt(n);
            keys[v] -= random.nextDouble(10);
            heap.decreased(v);
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
}
