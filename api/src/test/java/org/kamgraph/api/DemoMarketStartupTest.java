package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamgraph.api.embedded.DemoLoader;
import org.kamgraph.cypher.query.GraphQueries;
import org.kamgraph.demo.DemoMarketGenerator;
import org.kamgraph.demo.DemoMarketSpec;
import org.kamgraph.demo.GenerationSummary;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * First start of an empty embedded database loads the demo market (here at a small scale): its files in our import
 * format and, through the published-format readers, its NPI registry, Part D, shared-patient and Open Payments files;
 * later starts do not.
 */
@SpringBootTest(properties = {"kam.demo.load=true", "kam.demo.scale=0.05", "kam.demo.seed=7", "kam.demo.today=2026-11-22", "kam.embedded.page-cache=64m",
        "spring.main.web-application-type=none"})
class DemoMarketStartupTest {
    static Path dataDir;

    @Autowired
    GraphQueries queries;
    @Autowired
    DemoLoader loader;
    @Autowired
    org.neo4j.graphdb.GraphDatabaseService db;

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) throws Exception {
        dataDir = ServiceTest.freshDataDirectory(registry, "kam-demo-test");
    }

    private static long sum(Map<String, Long> counts, String prefix) {
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(Map.Entry::getValue).sum();
    }

    @Test
    void loadsTheGeneratedMarketOnceThroughTheImporter() throws Exception {
        GenerationSummary expected = new DemoMarketGenerator(new DemoMarketSpec(7, 0.05, java.time.LocalDate.of(2026, 11, 22))).writeTo(Files.createTempDirectory("kam-demo-expected"));
        GraphQueries.GraphStats stats = queries.stats();
        assertThat(stats.totalNodes()).isEqualTo(expected.nodes());
        assertThat(stats.totalRelationships()).isEqualTo(expected.relationships());
        assertThat(Files.list(dataDir.resolve("demo-market")).count()).isGreaterThan(30);
        // what the published files carry came in through their readers, every row of them
        Map<String, Long> published = expected.publishedRelationshipsPerFile();
        assertThat(stats.relationships().get(RelKind.PRESCRIBES)).isEqualTo(sum(published, "MUP_DPR_")).isPositive();
        assertThat(stats.relationships().get(RelKind.REFERS_TO)).isEqualTo(sum(published, "DocGraph_Hop_Teaming_")).isPositive();
        assertThat(stats.relationships().get(RelKind.RECEIVED_PAYMENT)).isEqualTo(sum(published, "OP_DTL_GNRL_")).isPositive();
        assertThat(stats.nodes().get(NodeKind.CLINICIAN)).isEqualTo(expected.nodesPerFile().get("Clinician.csv"))
                .isEqualTo(expected.publishedNodesPerFile().values().iterator().next());
        long incomplete = db.executeTransactionally("MATCH (c:Clinician) WHERE c.npi IS NULL OR c.taxonomy IS NULL"
                + " OR c.id <> 'NPI-' + c.npi OR c.territory IS NULL AND c.region IS NOT NULL RETURN count(c) AS n", Map.of(),
                r -> (Long) r.next().get("n"));
        assertThat(incomplete).as("clinicians with their NPI from the registry and territory from our files").isZero();

        loader.run(null); // as on a second start: the database holds data, so nothing is loaded again
        assertThat(queries.stats().totalNodes()).isEqualTo(expected.nodes());
    }
}
