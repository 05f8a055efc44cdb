package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamgraph.api.Http.at;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The production profile: no introspection, no GraphiQL, queries still answered. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kam.demo.load=false", "kam.embedded.page-cache=64m"})
@ActiveProfiles("production")
class ProductionProfileTest {
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) throws IOException {
        ServiceTest.freshDataDirectory(registry, "kam-production");
    }

    @Test
    void introspectionAndGraphiqlAreOffQueriesWork() {
        Http http = new Http(port);
        Map<String, Object> schema = http.graphql("{ __schema { types { name } } }");
        assertThat(schema.get("errors")).isNotNull();
        assertThat(String.valueOf(schema.get("data"))).doesNotContain("types");
        assertThat(http.get("/graphiql").status()).isEqualTo(404);
        assertThat(http.get("/graphiql/index.html").status()).isEqualTo(404);
        Map<String, Object> stats = http.graphql("{ stats { nodes } }");
        assertThat(stats.get("errors")).isNull();
        assertThat(((Number) at(stats, "data.stats.nodes")).longValue()).isZero();
    }

    /**
     * With introspection off, errors about unknown fields, arguments, types and enum values do not give away the
     * schema: no "did you mean" suggestions, no valid names beyond the one the client sent (graphql-java 25 makes
     * none; this guards against a version that does).
     */
    @Test
    void errorsForUnknownNamesSuggestNothing() {
        Http http = new Http(port);
        Map<String, String> probes = Map.of(
                "{ stat { nodes } }", "stats",
                "{ stats { node } }", "nodes",
                "{ search(txt: \"x\") { totalCount } }", "text",
                "{ node(kind: Hospitl, id: \"x\") { id } }", "Hospital",
                "{ node(kind: Hospital, id: \"x\") { ... on Hospitl { id } } }", "Hospital {",
                "{ search(text: \"x\") { totalCont } }", "totalCount",
                "{ neighbours(kind: Person, id: \"x\", types: [INFLUENCE]) { totalCount } }", "INFLUENCES");
        probes.forEach((query, valid) -> {
            Map<String, Object> r = http.graphql(query);
            String errors = String.valueOf(r.get("errors"));
            assertThat(r.get("errors")).as(query).isNotNull();
            assertThat(errors).as(query).doesNotContainIgnoringCase("did you mean").doesNotContainIgnoringCase("suggest")
                    .doesNotContain(valid).doesNotContain("INTERNAL_ERROR");
        });
    }
}
