package org.kamgraph.cypher.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repeated-relationship check: an input is flagged when one of its rows repeats an identity seen before it. */
class RepeatedIdentitiesTest {
    @TempDir
    Path dir;

    @Test
    void noRepeatFlagsNothing() {
        RepeatedIdentities ids = new RepeatedIdentities(dir, 1000);
        for (int i = 0; i < 500; i++) {
            ids.add(i * 31L, i % 3);
        }
        assertThat(ids.repeatingInputs()).isEqualTo(new BitSet());
    }

    @Test
    void aRepeatWithinOneInputFlagsIt() {
        RepeatedIdentities ids = new RepeatedIdentities(dir, 1000);
        ids.add(1, 0);
        ids.add(2, 1);
        ids.add(3, 1);
        ids.add(2, 1);
        assertThat(ids.repeatingInputs()).isEqualTo(bits(1));
    }

    /** The later input repeats the earlier one's row: only the later is flagged (its rows go by upserts). */
    @Test
    void aRepeatAcrossTwoInputsFlagsTheLaterOne() {
        RepeatedIdentities ids = new RepeatedIdentities(dir, 1000);
        ids.add(-5, 0);
        ids.add(7, 0);
        ids.add(8, 2);
        ids.add(-5, 2);
        assertThat(ids.repeatingInputs()).isEqualTo(bits(2));
    }

    /** A buffer of 16 identities: 10,000 rows spill 600-odd sorted runs, merged at the end into the same answer. */
    @Test
    void spilledRunsAreMergedIntoTheAnswerOfAHashSet() throws IOException {
        RepeatedIdentities ids = new RepeatedIdentities(dir, 16);
        SplittableRandom random = new SplittableRandom(42);
        LongOpenHashSet seen = new LongOpenHashSet();
        BitSet expected = new BitSet();
        long[] earlier = new long[10_000];
        for (int row = 0; row < earlier.length; row++) {
            int input = row / 1000; // ten inputs one after the other, as validation reads them
            boolean repeat = row > 0 && (input == 3 || input == 7) && random.nextInt(50) == 0;
            long hash = repeat ? earlier[random.nextInt(row)] : random.nextLong();
            earlier[row] = hash;
            ids.add(hash, input);
            if (!seen.add(hash)) {
                expected.set(input);
            }
        }
        assertThat(ids.spilledRuns()).isEqualTo(10_000 / 16 - 1);
        assertThat(expected).isEqualTo(bits(3, 7));
        assertThat(ids.repeatingInputs()).isEqualTo(expected);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("spilled runs deleted").isEmpty();
        }
    }

    @Test
    void extremeHashesSurviveTheRunFiles() {
        RepeatedIdentities ids = new RepeatedIdentities(dir, 2);
        ids.add(Long.MAX_VALUE, 0);
        ids.add(Long.MIN_VALUE, 0);
        ids.add(0, 1);
        ids.add(-1, 1);
        ids.add(Long.MIN_VALUE, 4);
        ids.add(Long.MAX_VALUE, 5);
        ids.add(1, 6);
        assertThat(ids.spilledRuns()).isEqualTo(3);
        assertThat(ids.repeatingInputs()).isEqualTo(bits(4, 5));
    }

    private static BitSet bits(int... set) {
        BitSet b = new BitSet();
        for (int i : set) {
            b.set(i);
        }
        return b;
    }
}
