package org.kamgraph.api.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.kamgraph.api.config.KamProperties;
import org.kamgraph.cypher.ingest.CsvImporter;
import org.kamgraph.cypher.ingest.GraphWriter;
import org.kamgraph.cypher.ingest.ImportOptions;
import org.kamgraph.cypher.ingest.ImportReport;
import org.kamgraph.cypher.ingest.published.PublishedImport;
import org.kamgraph.cypher.ingest.published.PublishedOptions;
import org.kamgraph.cypher.ingest.published.PublishedReport;
import org.kamgraph.readers.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo market's files into the embedded store through the importers a user's files go through. The files in
 * our import format are bulk-loaded into a new store before the database starts ({@link EmbeddedStartup}), or, into a
 * store that exists but is empty, imported here by the CSV importer; then the files in published formats
 * ({@code demo-market/published}: the NPI registry, Part D prescribing, shared patients, Open Payments) are imported by
 * {@link PublishedImport}, as {@code ./kam import --format=auto} imports them, the registry first. A demo file that
 * does not import whole stops the service: the demo proves the path users take.
 */
@Component
@ConditionalOnProperty(name = "kam.demo.load", havingValue = "true", matchIfMissing = true)
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isEmpty()") // embedded mode only, as EmbeddedNeo4jConfiguration
public class DemoLoader implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private final KamProperties properties;
    private final GraphWriter writer;
    private final CsvImporter importer;
    private final PublishedImport publishedImport;
    private final EmbeddedStartup startup;
    private final ObjectProvider<DemoMarketSource> demoSource;

    public DemoLoader(KamProperties properties, GraphWriter writer, CsvImporter importer, PublishedImport publishedImport,
                      EmbeddedStartup startup, ObjectProvider<DemoMarketSource> demoSource) {
        this.properties = properties;
        this.writer = writer;
        this.importer = importer;
        this.publishedImport = publishedImport;
        this.startup = startup;
        this.demoSource = demoSource;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (startup.loaded("initial-import")) {
            return; // bulk-loaded into the new store before the database started
        }
        if (startup.loaded("demo")) {
            importPublished(DemoMarketFiles.directory(properties)); // the import-format files were bulk-loaded
            return;
        }
        if (writer.databaseHasData()) {
            LOG.info("Database already holds data; demo market not loaded");
            return;
        }
        Optional<Path> dir = DemoMarketFiles.find(properties, demoSource.getIfAvailable());
        if (dir.isEmpty()) {
            return;
        }
        ImportReport report = importer.run(CsvImporter.sources(List.of(dir.get())),
                ImportOptions.defaults().withProgress(new LoggingProgress(LOG)));
        if (report.rejected()) {
            throw new IllegalStateException("The demo market did not import: " + report.summary());
        }
        LOG.info("Demo market loaded from {}: {}", dir.get(), report.summary().strip());
        importPublished(dir.get());
    }

    /** Imports the demo's files in published formats, if it has any; fails unless every row of every file is taken. */
    private void importPublished(Path dir) throws java.io.IOException {
        Path published = DemoMarketFiles.published(dir);
        if (!Files.isDirectory(published)) {
            return;
        }
        long started = System.nanoTime();
        Path rejects = properties.embedded().dataDir().toAbsolutePath().normalize().resolve("logs").resolve("demo-rejects");
        PublishedReport report = publishedImport.run(List.of(published), new PublishedOptions(PublishedOptions.AUTO,
                Region.ALL, properties.demo().asOf(), rejects, ImportOptions.DEFAULT_BATCH_SIZE, new LoggingProgress(LOG)));
        if (report.incomplete() || report.rejected() > 0) {
            throw new IllegalStateException("The demo market's published files did not import whole:\n" + report.summary());
        }
        LOG.info("Demo market's published files imported from {} in {} ms:\n{}", published,
                (System.nanoTime() - started) / 1_000_000, report.summary().strip());
    }
}
