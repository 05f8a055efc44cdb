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
 * or, when there are none and one is configured, by a {@link DemoMarketSource}: our import format in the directory,
 * and the parts that public files carry, in those files' formats, in its subdirectory {@value #PUBLISHED}. The
 * service imports them like any other files ({@link DemoLoader}).
 */
final class DemoMarketFiles {
    static final String DIRECTORY = "demo-market";
    /** The subdirectory of the files in published formats (the demo generator's PublishedFiles.DIRECTORY). */
    static final String PUBLISHED = "published";
    private static final Logger LOG = LoggerFactory.getLogger(DemoMarketFiles.class);

    private DemoMarketFiles() {
    }

    /** Where the demo market's files are (or would be). */
    static Path directory(KamProperties properties) {
        return properties.embedded().dataDir().toAbsolutePath().normalize().resolve(DIRECTORY);
    }

    /** The directory of the demo market's files in published formats (it may not exist). */
    static Path published(Path dir) {
        return dir.resolve(PUBLISHED);
    }

    /** The directory holding the demo market's files, or empty when there are none (the graph starts empty). */
    static Optional<Path> find(KamProperties properties, DemoMarketSource source) throws IOException {
        Path dir = directory(properties);
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
