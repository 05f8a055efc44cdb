package org.kamgraph.api.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.kamgraph.api.config.KamProperties;
import org.kamgraph.cypher.store.NewStoreLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo market's CSV files: {@code <data-dir>/demo-market}, written by {@code ./kam run} (demo/target/kam-demo.jar)
 * or, when there are none and one is configured, by a {@link DemoMarketSource}. The service imports them like any
 * other files.
 */
final class DemoMarketFiles {
    static final String DIRECTORY = "demo-market";
    private static final Logger LOG = LoggerFactory.getLogger(DemoMarketFiles.class);

    private DemoMarketFiles() {
    }

    /** The directory holding the demo market's files, or empty when there are none (the graph starts empty). */
    static Optional<Path> find(KamProperties properties, DemoMarketSource source) throws IOException {
        Path dir = properties.embedded().dataDir().toAbsolutePath().normalize().resolve(DIRECTORY);
        if (!NewStoreLoader.hasCsvFiles(dir) && source != null) {
            Files.createDirectories(dir);
            source.writeTo(dir, properties.demo());
        }
        if (NewStoreLoader.hasCsvFiles(dir)) {
            return Optional.of(dir);
        }
        LOG.info("No demo market files under {} (./kam run writes them with demo/target/kam-demo.jar): starting on an empty graph", dir);
        return Optional.empty();
    }
}
