package org.kamgraph.api.embedded;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kamgraph.api.config.KamProperties;
import org.kamgraph.api.demo.LoggingProgress;
import org.kamgraph.cypher.ingest.CsvImporter;
import org.kamgraph.cypher.ingest.ImportOptions;
import org.kamgraph.cypher.ingest.ImportReport;
import org.kamgraph.demo.DemoMarketGenerator;
import org.kamgraph.demo.DemoMarketSpec;
import org.kamgraph.demo.GenerationSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happened to the embedded store before the database started: whether it was new, and the report of the
 * bulk load that filled it (from kam.embedded.initial-import, or the demo market), if any.
 *
 * @param source "initial-import", "demo" or null when nothing was bulk-loaded
 */
public record EmbeddedStartup(boolean newStore, String source, ImportReport report) {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedStartup.class);

    public boolean loaded(String what) {
        return what.equals(source) && report != null && report.written();
    }

    static EmbeddedStartup prepare(KamProperties properties) throws IOException {
        Path home = properties.embedded().dataDir().toAbsolutePath().normalize();
        if (NewStoreLoader.storeExists(home)) {
            return new EmbeddedStartup(false, null, null);
        }
        List<Path> initial = properties.embedded().initialImport();
        if (!initial.isEmpty()) {
            ImportReport report = NewStoreLoader.load(home, CsvImporter.sources(initial),
                    ImportOptions.defaults().withSkipInvalid(properties.embedded().initialImportSkipInvalid())
                            .withProgress(new LoggingProgress(LOG)), System.out);
            return new EmbeddedStartup(true, "initial-import", report);
        }
        if (!properties.demo().load()) {
            return new EmbeddedStartup(true, null, null);
        }
        KamProperties.Demo demo = properties.demo();
        Path dir = home.resolve("demo-market");
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        DemoMarketSpec spec = demo.spec();
        GenerationSummary summary = new DemoMarketGenerator(spec).writeTo(dir);
        LOG.info("Demo market (seed {}, scale {}, as of {}) written to {}: {} nodes, {} relationships in {} ms", spec.seed(),
                spec.scale(), spec.today(), dir, summary.nodes(), summary.relationships(), (System.nanoTime() - t0) / 1_000_000);
        Path toolLog = home.resolve("logs").resolve("demo-import.log");
        Files.createDirectories(toolLog.getParent());
        try (PrintStream out = new PrintStream(Files.newOutputStream(toolLog), true, StandardCharsets.UTF_8)) {
            ImportReport report = NewStoreLoader.load(home, CsvImporter.sources(List.of(dir)),
                    ImportOptions.defaults().withProgress(new LoggingProgress(LOG)), out);
            if (report != null && report.rejected()) {
                throw new IllegalStateException("The demo market did not validate: " + report.summary());
            }
            if (report != null) {
                LOG.info("Demo market bulk-loaded into a new store: {} (Neo4j's importer log: {})", report.summary().strip(), toolLog);
            }
            return new EmbeddedStartup(true, "demo", report);
        }
    }
}
