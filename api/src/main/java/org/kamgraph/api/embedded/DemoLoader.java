package org.kamgraph.api.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import org.kamgraph.api.config.KamProperties;
import org.kamgraph.api.embedded.EmbeddedStartup;
import org.kamgraph.cypher.ingest.CsvImporter;
import org.kamgraph.cypher.ingest.ImportOptions;
import org.kamgraph.cypher.ingest.ImportReport;
import org.kamgraph.cypher.ingest.GraphWriter;
import org.kamgraph.demo.DemoMarketGenerator;
import org.kamgraph.demo.DemoMarketSpec;
import org.kamgraph.demo.GenerationSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo market into an embedded store that exists but is empty (a new store is bulk-loaded before the
 * database starts, see {@link EmbeddedStartup}): writes it as CSV under the data directory and imports it through
 * the ordinary importer, so the demo exercises the same path as user data.
 */
@Component
@ConditionalOnProperty(name = "kam.demo.load", havingValue = "true", matchIfMissing = true)
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isEmpty()") // embedded mode only, as EmbeddedNeo4jConfiguration
public class DemoLoader implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private final KamProperties properties;
    private final GraphWriter writer;
    private final CsvImporter importer;
    private final EmbeddedStartup startup;

    public DemoLoader(KamProperties properties, GraphWriter writer, CsvImporter importer, EmbeddedStartup startup) {
        this.properties = properties;
        this.writer = writer;
        this.importer = importer;
        this.startup = startup;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (startup.loaded("demo") || startup.loaded("initial-import")) {
            return; // bulk-loaded into the new store before the database started
        }
        if (writer.databaseHasData()) {
            LOG.info("Database already holds data; demo market not loaded");
            return;
        }
        KamProperties.Demo demo = properties.demo();
        Path dir = properties.embedded().dataDir().resolve("demo-market");
        long t0 = System.nanoTime();
        Files.createDirectories(dir);
        DemoMarketSpec spec = demo.spec();
        GenerationSummary summary = new DemoMarketGenerator(spec).writeTo(dir);
        long t1 = System.nanoTime();
        LOG.info("Demo market (seed {}, scale {}, as of {}) written to {}: {} nodes, {} relationships in {} ms", spec.seed(),
                spec.scale(), spec.today(), dir, summary.nodes(), summary.relationships(), (t1 - t0) / 1_000_000);
        ImportReport report = importer.run(CsvImporter.sources(java.util.List.of(dir)),
                ImportOptions.defaults().withProgress(new LoggingProgress(LOG)));
        if (report.rejected()) {
            throw new IllegalStateException("The demo market did not import: " + report.summary());
        }
        LOG.info("Demo market loaded: {}", report.summary().strip());
    }
}
