package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kamgraph.api.embedded.DemoLoader;
import org.kamgraph.cypher.query.GraphQueries;
import org.kamgraph.demo.DemoMarketGenerator;
import org.kamgraph.demo.DemoMarketSpec;
import org.kamgraph.demo.GenerationSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** First start of an empty embedded database loads the demo market (here at a small scale); later starts do not. */
@SpringBootTest(properties = {"kam.demo.load=true", "kam.demo.scale=0.05", "kam.demo.seed=7", "kam.demo.today=2026-11-22", "kam.embedded.page-cache=64m",
        "spring.main.web-application-type=none"})
class DemoMarketStartupTest {
    static Path dataDir;

    @Autowired
    GraphQueries queries;
    @Autowired
    DemoLoader loader;

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) throws Exception {
        dataDir = ServiceTest.freshDataDirectory(registry, "kam-demo-test");
    }

    @Test
    void loadsTheGeneratedMarketOnceThroughTheImporter() throws Exception {
        GenerationSummary expected = new DemoMarketGenerator(new DemoMarketSpec(7, 0.05, java.time.LocalDate.of(2026, 11, 22))).writeTo(Files.createTempDirectory("kam-demo-expected"));
        GraphQueries.GraphStats stats = queries.stats();
        assertThat(stats.totalNodes()).isEqualTo(expected.nodes());
        assertThat(stats.totalRelationships()).isEqualTo(expected.relationships());
        assertThat(Files.list(dataDir.resolve("demo-market")).count()).isGreaterThan(30);

        loader.run(null); // as on a second start: the database holds data, so nothing is loaded again
        assertThat(queries.stats().totalNodes()).isEqualTo(expected.nodes());
    }
}
