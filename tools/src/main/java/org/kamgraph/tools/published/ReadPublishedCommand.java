package org.kamgraph.tools.published;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.Emit;
import org.kamgraph.readers.Identities;
import org.kamgraph.readers.PublishedFile;
import org.kamgraph.readers.PublishedFileException;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Region;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.SourceFormats;
import org.kamgraph.readers.Translator;

/**
 * {@code read-published}: a reader alone, without a database: reads a file through its format's translator once (all
 * shapes together) with the identities of the generated universe, and prints rows read, rows emitted, rejects per
 * reason, rows/s and the heap. Measures what the reader costs apart from validation and writing.
 *
 * <pre>
 * read-published --format=NAME [--catalog=Product.csv] [--seed=42] [--universe=7000000] [--states=SD,ND] [--repeat=1] FILE
 * </pre>
 * {@code --repeat=N} reads the file N times in the one JVM and prints each read (the JIT warm after the first; on a
 * busy machine the fastest of a few reads says more than one).
 */
public final class ReadPublishedCommand {
    private ReadPublishedCommand() {
    }

    public static int run(String[] args) {
        String formatName = null;
        Path catalog = null;
        long seed = 42;
        long universe = Universe.DEFAULT_NPPES_ROWS;
        Region region = Region.ALL;
        Path file = null;
        int repeat = 1;
        try {
            for (String a : args) {
                String v = a.substring(a.indexOf('=') + 1);
                if (a.startsWith("--format=")) {
                    formatName = v;
                } else if (a.startsWith("--catalog=")) {
                    catalog = Path.of(v);
                } else if (a.startsWith("--seed=")) {
                    seed = Long.parseLong(v);
                } else if (a.startsWith("--universe=")) {
                    universe = GeneratePublishedCommand.Options.count(v, "--universe");
                } else if (a.startsWith("--repeat=")) {
                    repeat = Integer.parseInt(v);
                } else if (a.startsWith("--states=")) {
                    region = new Region(java.util.Set.of(v.split(",")));
                } else if (a.startsWith("--")) {
                    throw new IllegalArgumentException("unknown option " + a);
                } else {
                    file = Path.of(a);
                }
            }
            if (formatName == null || file == null) {
                throw new IllegalArgumentException("give --format=NAME and a file");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("read-published: " + e.getMessage());
            System.err.println("usage: read-published --format=NAME [--catalog=Product.csv] [--seed=42] [--universe=7000000]"
                    + " [--states=SD,ND] [--repeat=1] FILE");
            return 2;
        }
        SourceFormat format = SourceFormats.byName(formatName).orElse(null);
        if (format == null) {
            System.err.println("read-published: unknown format " + formatName + "; formats: " + SourceFormats.names());
            return 2;
        }
        try {
            UniverseIdentities identities = new UniverseIdentities(new Universe(seed, universe), catalog);
            for (int i = 0; i < repeat; i++) {
                System.out.print(read(format, file, identities, region).summary());
            }
            return 0;
        } catch (IOException | PublishedFileException e) {
            System.err.println("read-published: " + e.getMessage());
            return 1;
        }
    }

    /** What one read gave. */
    record Result(String file, String format, long rows, long nodes, long relationships, long rejected,
            Map<String, Long> reasons, long outside, double seconds, double cpuSeconds, long heapPeakMiB, long heapAfterMiB) {

        String summary() {
            StringBuilder b = new StringBuilder();
            b.append(String.format("%s (%s): %,d rows read, %,d nodes and %,d relationships emitted, %,d rejected, %,d outside"
                    + " the region, in %.1f s (%,.0f rows/s); reading thread's CPU %.1f s, %,.0f rows per CPU"
                    + " second (a busy machine changes it little); heap: peak %,d MiB (sum of the pools' peaks), %,d MiB"
                    + " after a full GC at the end%n", file, format, rows, nodes, relationships, rejected, outside, seconds,
                    rows / Math.max(seconds, 1e-9), cpuSeconds, rows / Math.max(cpuSeconds, 1e-9), heapPeakMiB,
                    heapAfterMiB));
            List<Map.Entry<String, Long>> top = new ArrayList<>(reasons.entrySet());
            top.sort(Map.Entry.<String, Long>comparingByValue().reversed());
            b.append(String.format("  %,d reasons; the largest:%n", reasons.size()));
            for (Map.Entry<String, Long> e : top.subList(0, Math.min(10, top.size()))) {
                b.append(String.format("  %,12d  %s%n", e.getValue(), e.getKey()));
            }
            return b.toString();
        }
    }

    static Result read(SourceFormat format, Path path, Identities identities, Region region) {
        PublishedFile file = PublishedFile.of(path);
        LocalDate asOf = format.dateFromName(file.name()).orElse(LocalDate.now());
        ReadContext context = new ReadContext() {
            public Identities identities() {
                return identities;
            }

            public Region region() {
                return region;
            }

            public LocalDate asOf() {
                return asOf;
            }

            public String fileName() {
                return file.name();
            }
        };
        Counting out = new Counting();
        Translator t = format.translator(context);
        long[] rows = {0};
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        file.rows(format, row -> {
            rows[0]++;
            t.row(row, out);
        });
        t.finish(out);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new Result(file.name(), format.name(), rows[0], out.nodes, out.relationships, out.rejected, out.reasons,
                out.outside, seconds, cpuSeconds, peak >> 20, after >> 20);
    }

    /** Counts what a translator emits; keeps nothing of the rows. */
    private static final class Counting implements Emit {
        long nodes;
        long relationships;
        long rejected;
        long outside;
        final Map<String, Long> reasons = new HashMap<>();

        @Override
        public void node(NodeKind kind, String id, Map<String, Object> props) {
            nodes++;
        }

        @Override
        public void relationship(RelKind type, NodeKind from, String start, NodeKind to, String end, Map<String, Object> props) {
            relationships++;
        }

        @Override
        public void reject(String column, String reason) {
            rejected++;
            if (reasons.size() < 100_000 || reasons.containsKey(reason)) {
                reasons.merge(reason, 1L, Long::sum);
            }
        }

        @Override
        public void outsideRegion() {
            outside++;
        }
    }
}
