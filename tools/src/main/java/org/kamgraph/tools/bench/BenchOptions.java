package org.kamgraph.tools.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Arguments of {@code bench}.
 *
 * @param scale        market scale to generate when the data directory has no store (1 = demo, 50 = national)
 * @param dataDir      where the generated CSV files ({@code market/}) and the store ({@code data/}) live, or an
 *                     existing embedded data directory
 * @param gds          also run the same graphs through Neo4j GDS (needs the jar built with {@code -Pgds})
 * @param runs         measured runs per projection, after one warm-up; medians are reported
 * @param iterations   PageRank iterations (a fixed count for both engines: tolerance 0)
 * @param pageCache    Neo4j page cache, Neo4j's notation
 * @param specs        names of the projections to run ({@link BenchSpecs})
 * @param gdsConcurrency GDS concurrency, or 0 for GDS's default
 */
public record BenchOptions(double scale, Path dataDir, boolean gds, int runs, int iterations, String pageCache,
                           List<String> specs, int gdsConcurrency) {

    public static final String USAGE = "usage: bench [--scale=1] [--data-dir=DIR] [--gds] [--runs=3] [--iterations=20] "
            + "[--page-cache=512m] [--specs=" + String.join(",", BenchSpecs.DEFAULT) + "] [--gds-concurrency=N]";

    /** Parses the arguments; throws IllegalArgumentException with a message naming the bad one. */
    public static BenchOptions parse(String[] args) {
        double scale = 1;
        Path dataDir = null;
        boolean gds = false;
        int runs = 3;
        int iterations = 20;
        String pageCache = "512m";
        List<String> specs = new ArrayList<>(BenchSpecs.DEFAULT);
        int gdsConcurrency = 0;
        for (String a : args) {
            String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : "";
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            try {
                switch (name) {
                    case "--scale" -> scale = Double.parseDouble(value);
                    case "--data-dir" -> dataDir = Path.of(value);
                    case "--gds" -> gds = true;
                    case "--runs" -> runs = Integer.parseInt(value);
                    case "--iterations" -> iterations = Integer.parseInt(value);
                    case "--page-cache" -> pageCache = value;
                    case "--specs" -> specs = List.of(value.split(","));
                    case "--gds-concurrency" -> gdsConcurrency = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown argument " + a);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " takes a number, got '" + value + "'");
            }
        }
        if (!(scale > 0 && scale <= 200)) {
            throw new IllegalArgumentException("--scale must be above 0 and at most 200, was " + scale);
        }
        if (runs < 1 || iterations < 1 || gdsConcurrency < 0) {
            throw new IllegalArgumentException("--runs and --iterations must be at least 1, --gds-concurrency at least 0");
        }
        for (String s : specs) {
            if (!BenchSpecs.ALL.containsKey(s)) {
                throw new IllegalArgumentException("unknown projection '" + s + "'; known: " + String.join(", ", BenchSpecs.ALL.keySet()));
            }
        }
        if (dataDir == null) {
            dataDir = Path.of(System.getProperty("java.io.tmpdir"), "kam-bench", "scale-" + scaleName(scale));
        }
        return new BenchOptions(scale, dataDir, gds, runs, iterations, pageCache, List.copyOf(specs), gdsConcurrency);
    }

    /** 1 for 1.0, 0.5 for 0.5. */
    static String scaleName(double scale) {
        return scale == Math.rint(scale) ? Long.toString((long) scale) : String.format(Locale.ROOT, "%s", scale);
    }
}
