package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamgraph.api.Http.at;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamgraph.cypher.ingest.CypherGraphWriter;
import org.kamgraph.cypher.ingest.GraphWriter;
import org.kamgraph.cypher.support.Fixtures;
import org.kamgraph.cypher.support.TestDatabases;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * External mode: with spring.neo4j.uri set, no embedded database starts and everything goes over Bolt to the
 * given server, here a second, separate embedded Neo4j (the test harness).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kam.demo.load=true")
class ExternalModeTest {
    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    GraphWriter writer;

    @DynamicPropertySource
    static void externalServer(DynamicPropertyRegistry registry) {
        TestDatabases.wipe(TestDatabases.harnessDriver());
        registry.add("spring.neo4j.uri", () -> TestDatabases.harnessBoltUri().toString());
    }

    @Test
    void runsAgainstTheServerGivenByUriWithoutAnEmbeddedDatabase() throws Exception {
        assertThat(context.getBeansOfType(DatabaseManagementService.class)).isEmpty();
        assertThat(writer).isInstanceOf(CypherGraphWriter.class);
        // The demo market is only for the embedded database: an external one is never filled behind the user's back.
        Http http = new Http(port);
        assertThat(((Number) at(http.graphql("{ stats { nodes } }"), "data.stats.nodes")).intValue()).isZero();

        Http.Response r = http.upload("/api/import", Fixtures.files(Fixtures.copy("small")));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Map<String, Object> q = http.graphql("{ node(kind: Hospital, id: \"HOS-3\") { name } stats { nodes relationships } }");
        assertThat((String) at(q, "data.node.name")).isEqualTo("Lakeshore Medical Center");
        assertThat(((Number) at(q, "data.stats.relationships")).intValue()).isEqualTo(21);
        // The data is in the other server.
        assertThat(TestDatabases.harnessDriver().executableQuery("MATCH (h:Hospital) RETURN count(h) AS c").execute()
                .records().getFirst().get("c").asInt()).isEqualTo(3);
        assertThat(http.get("/actuator/health").body()).contains("\"neo4j\"").contains("UP");
    }
}
