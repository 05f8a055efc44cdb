package org.kamgraph.api;

import java.io.IOException;
import java.nio.file.Path;
import org.kamgraph.api.config.KamProperties;
import org.kamgraph.api.embedded.DemoMarketSource;
import org.kamgraph.demo.DemoMarketGenerator;
import org.kamgraph.demo.DemoMarketSpec;
import org.kamgraph.demo.GenerationSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * In the tests, the service writes the demo market's files itself (the generator is a test-scope dependency; the
 * product jar has none, and {@code ./kam run} writes them with demo/target/kam-demo.jar). Found by the application's
 * component scan of org.kamgraph.api, so every test context that loads the demo (kam.demo.load=true) has it.
 */
@Component
public class GeneratedDemoMarket implements DemoMarketSource {
    private static final Logger LOG = LoggerFactory.getLogger(GeneratedDemoMarket.class);

    @Override
    public void writeTo(Path dir, KamProperties.Demo demo) throws IOException {
        long t0 = System.nanoTime();
        DemoMarketSpec spec = new DemoMarketSpec(demo.seed(), demo.scale(), demo.asOf());
        GenerationSummary summary = new DemoMarketGenerator(spec).writeTo(dir);
        LOG.info("Demo market (seed {}, scale {}, as of {}) written to {}: {} nodes, {} relationships in {} ms", spec.seed(),
                spec.scale(), spec.today(), dir, summary.nodes(), summary.relationships(), (System.nanoTime() - t0) / 1_000_000);
    }
}
