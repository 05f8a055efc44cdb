package org.kamgraph.tools.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.kamgraph.cypher.ingest.CsvImporter;
import org.kamgraph.cypher.ingest.ImportOptions;
import org.kamgraph.cypher.ingest.ImportReport;
import org.kamgraph.cypher.store.NewStoreLoader;
import org.kamgraph.demo.DemoMarketGenerator;
import org.kamgraph.demo.DemoMarketSpec;
import org.kamgraph.demo.GenerationSummary;

/** The store the benchmark runs on: one already under the data directory, else the demo market bulk-loaded into a new one. */
final class BenchStore {
    private final BenchOptions options;
    private final PrintStream out;

    BenchStore(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** The embedded home to use: the data directory itself or DIR/data if either has a store, else a new store from DIR/market. */
    Path prepare() throws IOException {
        Path dir = options.dataDir().toAbsolutePath().normalize();
        if (NewStoreLoader.storeExists(dir)) {
            out.println("Reusing the store under " + dir + " (--scale is not used)");
            return dir;
        }
        Path home = dir.resolve("data");
        if (NewStoreLoader.storeExists(home)) {
            out.println("Reusing the store under " + home + " (--scale is not used)");
            return home;
        }
        Path market = dir.resolve("market");
        if (NewStoreLoader.hasCsvFiles(market)) {
            out.println("Reusing the generated market in " + market + " (--scale is not used)");
        } else {
            Files.createDirectories(market);
            long t0 = System.nanoTime();
            GenerationSummary s = new DemoMarketGenerator(new DemoMarketSpec(42, options.scale())).importFormatOnly()
                    .writeTo(market); // all of it bulk-loadable (the published files import transactionally)
            out.printf(Locale.ROOT, "Generated the market at scale %s: %,d nodes, %,d relationships in %s (%.1f s)%n",
                    BenchOptions.scaleName(options.scale()), s.nodes(), s.relationships(), market, (System.nanoTime() - t0) / 1e9);
        }
        Files.createDirectories(home.resolve("logs"));
        Path log = home.resolve("logs").resolve("bench-import.log");
        long t0 = System.nanoTime();
        try (PrintStream toolOut = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
            ImportReport report = NewStoreLoader.load(home, CsvImporter.sources(List.of(market)), ImportOptions.defaults(), toolOut);
            if (report == null || report.rejected()) {
                throw new IOException("the market could not be bulk-loaded into " + home + ": "
                        + (report == null ? "it repeats relationship identities" : report.summary()));
            }
        }
        out.printf(Locale.ROOT, "Bulk-loaded it into a new store under %s in %.1f s (Neo4j's importer log: %s)%n", home,
                (System.nanoTime() - t0) / 1e9, log);
        return home;
    }
}
