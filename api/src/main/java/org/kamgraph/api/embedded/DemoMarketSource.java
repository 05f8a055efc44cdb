package org.kamgraph.api.embedded;

import java.io.IOException;
import java.nio.file.Path;
import org.kamgraph.api.config.KamProperties;

/**
 * Writes the demo market's CSV files into a directory, when the service finds none there. The product has no such
 * bean: {@code ./kam run} writes the files with the demo generator's own jar before the service starts, so the
 * service jar carries no generator. api's tests, which have the generator in test scope, supply one.
 */
@FunctionalInterface
public interface DemoMarketSource {
    void writeTo(Path dir, KamProperties.Demo demo) throws IOException;
}
