package org.kamgraph.api.embedded;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.kamgraph.api.config.KamProperties;
import org.kamgraph.cypher.ingest.CsvImporter;
import org.kamgraph.cypher.ingest.GraphWriter;
import org.kamgraph.cypher.ingest.ImportOptions;
import org.kamgraph.cypher.ingest.ImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Imports the demo market's files into an embedded store that exists but is empty (a new store is bulk-loaded before
 * the database starts, see {@link EmbeddedStartup}), through the ordinary importer, so the demo exercises the same
 * path as user data.
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
    private final ObjectProvider<DemoMarketSource> demoSource;

    public DemoLoader(KamProperties properties, GraphWriter writer, CsvImporter importer, EmbeddedStartup startup,
                      ObjectProvider<DemoMarketSource> demoSource) {
        this.properties = properties;
        this.writer = writer;
        this.importer = importer;
        this.startup = startup;
        this.demoSource = demoSource;
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
    }
}
