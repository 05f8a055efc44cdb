package org.kamgraph.api.embedded;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.kamgraph.api.config.KamProperties;
import org.kamgraph.cypher.ingest.CsvImporter;
import org.kamgraph.cypher.ingest.ImportOptions;
import org.kamgraph.cypher.ingest.ImportReport;
import org.kamgraph.cypher.store.NewStoreLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happened to the embedded store before the database started: whether it was new, and the report of the
 * bulk load that filled it (from kam.embedded.initial-import, or the demo market's files), if any.
 *
 * @param source "initial-import", "demo" or null when nothing was bulk-loaded
 */
public record EmbeddedStartup(boolean newStore, String source, ImportReport report) {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedStartup.class);

    public boolean loaded(String what) {
        return what.equals(source) && report != null && report.written();
    }

    static EmbeddedStartup prepare(KamProperties properties, DemoMarketSource demoSource) throws IOException {
        Path home = properties.embedded().dataDir().toAbsolutePath().normalize();
        PublishedInitialImport.Request published = PublishedInitialImport.takeRequest();
        if (NewStoreLoader.storeExists(home)) {
            return new EmbeddedStartup(false, null, null);
        }
        if (published != null) {
            // Published files into the new store: built by Neo4j's importer now, finished by the command (upserts, ends).
            org.kamgraph.cypher.ingest.published.NewStorePublishedImport.Loaded run = org.kamgraph.cypher.ingest.published.NewStorePublishedImport
                    .load(home, published.paths(), published.options(), org.kamgraph.readers.SourceFormats.all(), System.out);
            PublishedInitialImport.loaded(run);
            return new EmbeddedStartup(true, run == null ? null : "initial-published-import", null);
        }
        List<Path> initial = properties.embedded().initialImport();
        if (!initial.isEmpty()) {
            ImportReport report = NewStoreLoader.load(home, CsvImporter.sources(initial),
                    ImportOptions.defaults().withSkipInvalid(properties.embedded().initialImportSkipInvalid())
                            .withProgress(new LoggingProgress(LOG)), System.out);
            return new EmbeddedStartup(true, "initial-import", report);
        }
        if (!properties.demo().load()) {
            LOG.info("New store and no initial import (kam.demo.load=false): starting on an empty graph");
            return new EmbeddedStartup(true, null, null);
        }
        Optional<Path> demo = DemoMarketFiles.find(properties, demoSource);
        if (demo.isEmpty()) {
            return new EmbeddedStartup(true, null, null);
        }
        Path dir = demo.get();
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
