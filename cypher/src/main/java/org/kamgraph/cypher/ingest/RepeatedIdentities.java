package org.kamgraph.cypher.ingest;

import it.unimi.dsi.fastutil.longs.LongArrays;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which inputs hold a relationship row whose identity (a 64-bit hash of it) an earlier row, of the same input or one
 * before it, already had: exact for the hashes, in bounded memory whatever the number of rows. Each row adds (hash,
 * input) to a buffer of primitive pairs; a full buffer is sorted and spilled to a temporary file as a sorted run (hash
 * deltas and inputs as variable-length numbers, about 7 bytes a row); at the end the runs are merged (k-way, over
 * buffered streams) and, within each group of equal hashes ordered by input, every input after the group's first
 * entry is flagged. That is exactly "a row repeats an identity seen before it", as a hash set of every identity would
 * tell, without holding 50 million hashes (a 1 GiB set) at once. Hash equal means maybe a repeat: the flagged inputs
 * go by upserts, which merge real repeats.
 */
final class RepeatedIdentities implements AutoCloseable {
    /** Pairs the buffer holds before it spills: 4 million, 64 MB. */
    static final int DEFAULT_BUFFER = 1 << 22;

    private final int bufferSize;
    /** Where runs are spilled (a fresh directory under it, deleted at the end); null: the system's temporary directory. */
    private final Path spillUnder;
    private Path spillDir;
    private long[] hashes;
    private long[] inputs;
    private int buffered;
    private final List<Path> runs = new ArrayList<>();
    private long added;

    RepeatedIdentities(Path spillUnder, int bufferSize) {
        this.spillUnder = spillUnder;
        this.bufferSize = Math.max(2, bufferSize);
        hashes = new long[Math.min(1024, this.bufferSize)];
        inputs = new long[hashes.length];
    }

    void add(long hash, int input) {
        if (buffered == hashes.length) {
            if (buffered >= bufferSize) {
                spill();
            } else {
                int n = (int) Math.min(bufferSize, 2L * hashes.length);
                hashes = java.util.Arrays.copyOf(hashes, n);
                inputs = java.util.Arrays.copyOf(inputs, n);
            }
        }
        hashes[buffered] = hash;
        inputs[buffered++] = input;
        added++;
    }

    /** How many sorted runs were spilled to files so far. */
    int spilledRuns() {
        return runs.size();
    }

    long added() {
        return added;
    }

    /** The inputs (by index) holding a row that repeats an earlier row's identity; deletes the spilled runs. */
    BitSet repeatingInputs() {
        BitSet flagged = new BitSet();
        try {
            LongArrays.radixSort(hashes, inputs, 0, buffered);
            if (runs.isEmpty()) {
                scan(new ArrayRun(hashes, inputs, buffered), flagged);
            } else {
                List<Run> all = new ArrayList<>();
                try {
                    for (Path p : runs) {
                        all.add(new FileRun(p));
                    }
                    all.add(new ArrayRun(hashes, inputs, buffered));
                    merge(all, flagged);
                } finally {
                    for (Run r : all) {
                        r.close();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not merge the sorted relationship identities in " + spillDir, e);
        } finally {
            close();
        }
        return flagged;
    }

    private void spill() {
        LongArrays.radixSort(hashes, inputs, 0, buffered);
        try {
            if (spillDir == null) {
                spillDir = spillUnder == null ? Files.createTempDirectory("kam-identities")
                        : Files.createTempDirectory(Files.createDirectories(spillUnder), "identities");
            }
            Path p = spillDir.resolve("run-" + runs.size() + ".bin");
            try (OutputStream out = Files.newOutputStream(p)) {
                byte[] buf = new byte[1 << 16];
                int pos = 0;
                long previous = Long.MIN_VALUE;
                for (int i = 0; i < buffered; i++) {
                    if (pos > buf.length - 20) {
                        out.write(buf, 0, pos);
                        pos = 0;
                    }
                    pos = writeVarLong(buf, pos, hashes[i] - previous); // sorted (signed): never negative unsigned
                    pos = writeVarLong(buf, pos, inputs[i]);
                    previous = hashes[i];
                }
                out.write(buf, 0, pos);
            }
            runs.add(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not spill relationship identities to " + spillDir, e);
        }
        buffered = 0;
    }

    /** One sorted run: (hash, input) pairs in order. */
    private interface Run extends AutoCloseable {
        /** Moves to the next pair; false at the end. */
        boolean next() throws IOException;

        long hash();

        int input();

        @Override
        void close() throws IOException;
    }

    /** Within one sorted run: each pair whose hash equals the pair before it flags its input. */
    private static void scan(Run run, BitSet flagged) throws IOException {
        boolean first = true;
        long previous = 0;
        while (run.next()) {
            if (!first && run.hash() == previous) {
                flagged.set(run.input());
            }
            previous = run.hash();
            first = false;
        }
    }

    /** The runs merged in (hash, input) order through a binary heap of run indices, scanned as one run. */
    private static void merge(List<Run> runs, BitSet flagged) throws IOException {
        int k = runs.size();
        Run[] heap = new Run[k];
        int n = 0;
        for (Run r : runs) {
            if (r.next()) {
                heap[n++] = r;
            }
        }
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(heap, i, n);
        }
        boolean first = true;
        long previous = 0;
        while (n > 0) {
            Run top = heap[0];
            if (!first && top.hash() == previous) {
                flagged.set(top.input());
            }
            previous = top.hash();
            first = false;
            if (!top.next()) {
                heap[0] = heap[--n];
                heap[n] = null;
            }
            if (n > 0) {
                siftDown(heap, 0, n);
            }
        }
    }

    private static void siftDown(Run[] heap, int i, int n) {
        Run r = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && less(heap[child + 1], heap[child])) {
                child++;
            }
            if (!less(heap[child], r)) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = r;
    }

    private static boolean less(Run a, Run b) {
        int c = Long.compare(a.hash(), b.hash());
        return c < 0 || c == 0 && a.input() < b.input();
    }

    private static final class ArrayRun implements Run {
        private final long[] hashes;
        private final long[] inputs;
        private final int size;
        private int i = -1;

        ArrayRun(long[] hashes, long[] inputs, int size) {
            this.hashes = hashes;
            this.inputs = inputs;
            this.size = size;
        }

        public boolean next() {
            return ++i < size;
        }

        public long hash() {
            return hashes[i];
        }

        public int input() {
            return (int) inputs[i];
        }

        public void close() {
        }
    }

    private static final class FileRun implements Run {
        private final InputStream in;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int limit;
        private long hash = Long.MIN_VALUE;
        private int input;

        FileRun(Path p) throws IOException {
            in = Files.newInputStream(p);
        }

        public boolean next() throws IOException {
            if (pos == limit && !fill()) {
                return false;
            }
            hash += readVarLong();
            input = (int) readVarLong();
            return true;
        }

        private boolean fill() throws IOException {
            int n = in.readNBytes(buf, 0, buf.length);
            pos = 0;
            limit = Math.max(0, n);
            return limit > 0;
        }

        /** Unsigned LEB128 (see {@link #writeVarLong}). */
        private long readVarLong() throws IOException {
            long v = 0;
            int shift = 0;
            while (true) {
                if (pos == limit && !fill()) {
                    throw new EOFException("a truncated run of relationship identities");
                }
                int b = buf[pos++];
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
                shift += 7;
            }
        }

        public long hash() {
            return hash;
        }

        public int input() {
            return input;
        }

        public void close() throws IOException {
            in.close();
        }
    }

    /** Unsigned LEB128: seven bits a byte, low bits first, the high bit set on every byte but the last (at most 10). */
    private static int writeVarLong(byte[] buf, int pos, long v) {
        while ((v & ~0x7FL) != 0) {
            buf[pos++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[pos++] = (byte) v;
        return pos;
    }

    /** Deletes the spilled runs (also when validation stops midway). */
    @Override
    public void close() {
        try {
            for (Path p : runs) {
                Files.deleteIfExists(p);
            }
            if (spillDir != null) {
                Files.deleteIfExists(spillDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runs.clear();
        spillDir = null;
        hashes = new long[0];
        inputs = new long[0];
        buffered = 0;
    }
}
