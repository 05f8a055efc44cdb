package org.kamgraph.cypher.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The primitive map behind node ids and the run's identities: every key found after growing, any table size. */
class CompactLongIntMapTest {

    @Test
    void keysAreFoundAfterTheTableGrewAndAbsentOnesAreMissing() {
        CompactLongIntMap map = new CompactLongIntMap(-1);
        SplittableRandom random = new SplittableRandom(7);
        long[] keys = new long[200_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = random.nextLong();
            assertThat(map.put(keys[i], i)).isEqualTo(-1);
        }
        assertThat(map.size()).isEqualTo(keys.length);
        for (int i = 0; i < keys.length; i++) {
            assertThat(map.get(keys[i])).isEqualTo(i);
        }
        assertThat(map.get(12345L)).isEqualTo(-1);
        assertThat(map.put(keys[3], 99)).isEqualTo(3);
        assertThat(map.get(keys[3])).isEqualTo(99);
        assertThat(map.size()).isEqualTo(keys.length);
    }

    @Test
    void keyZeroIsAnOrdinaryKey() {
        CompactLongIntMap map = new CompactLongIntMap(Integer.MAX_VALUE);
        assertThat(map.get(0)).isEqualTo(Integer.MAX_VALUE);
        map.put(0, 5);
        map.put(1, 6);
        assertThat(map.get(0)).isEqualTo(5);
        assertThat(map.get(1)).isEqualTo(6);
        assertThat(map.size()).isEqualTo(2);
    }

    /** Not a power of two: 7 million keys take at most 10.7 million slots (122 MB), not fastutil's 2^24 (201 MB). */
    @Test
    void theTableIsSizedByTheLoadFactorNotAPowerOfTwo() {
        CompactLongIntMap map = new CompactLongIntMap(-1, 1_000_000);
        assertThat(map.capacity()).isBetween(1_250_000, 1_250_002);
        for (long k = 1; k <= 1_000_000; k++) {
            map.put(k, (int) k);
        }
        assertThat(map.capacity()).isBetween(1_250_000, 1_250_002); // no growth: it was sized for them
        map.put(-1, 0);
        assertThat(map.capacity()).isBetween(1_562_000, 1_563_000); // grown by a quarter
    }
}
