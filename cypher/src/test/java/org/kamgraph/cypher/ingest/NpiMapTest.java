package org.kamgraph.cypher.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** NPIs to 30-bit values in one long a slot: every NPI found after growing, the extremes of both ranges kept. */
class NpiMapTest {

    @Test
    void npisAreFoundAfterTheTableGrewAndValuesCanChange() {
        NpiMap map = new NpiMap(-1);
        for (long i = 0; i < 300_000; i++) {
            assertThat(map.put(1_000_000_000L + 7 * i, (int) i)).isEqualTo(-1);
        }
        for (long i = 0; i < 300_000; i += 17) {
            assertThat(map.get(1_000_000_000L + 7 * i)).isEqualTo((int) i);
            assertThat(map.get(1_000_000_001L + 7 * i)).isEqualTo(-1);
        }
        assertThat(map.put(1_000_000_007L, 42)).isEqualTo(1);
        assertThat(map.get(1_000_000_007L)).isEqualTo(42);
        assertThat(map.size()).isEqualTo(300_000);
        assertThat(map.bytes()).isLessThan(300_000 * 8L * 2);
    }

    @Test
    void theLargestNpiAndValueAndZeroFit() {
        NpiMap map = new NpiMap(-1);
        map.put(9_999_999_999L, NpiMap.MAX_VALUE);
        map.put(0, 0);
        assertThat(map.get(9_999_999_999L)).isEqualTo(NpiMap.MAX_VALUE);
        assertThat(map.get(0)).isZero();
        assertThat(map.get(1)).isEqualTo(-1);
        assertThatThrownBy(() -> map.put(10_000_000_000L, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> map.put(5, NpiMap.MAX_VALUE + 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
