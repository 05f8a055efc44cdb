package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamgraph.api.Http.at;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service on a fresh embedded store holding one hand-built fixture (every CSV file under
 * {@code /fixtures/<name>}, uploaded through {@code POST /api/import} as a user would), asked over HTTP.
 */
abstract class FixtureApiTest extends ServiceTest {
    /** The fixture's folder under {@code /fixtures}. */
    abstract String fixture();

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) throws IOException {
        ServiceTest.freshDataDirectory(registry, "kam-fixture");
    }

    @BeforeAll
    void importFixture() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/fixtures/" + fixture()).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            Http.Response r = http.upload("/api/import", files.sorted().toList());
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
    }

    /** The answer to a query that must succeed. */
    Map<String, Object> ok(String query) {
        Map<String, Object> r = http.graphql(query);
        assertThat(r.get("errors")).as(query).isNull();
        return r;
    }

    static double number(Object o) {
        return ((Number) o).doubleValue();
    }

    /** The query fails with this classification, naming this argument, with this text in the message. */
    void assertError(String query, String classification, String argument, String message) {
        Map<String, Object> r = http.graphql(query);
        assertThat(r.get("errors")).as(query).isNotNull();
        assertThat((String) at(r, "errors.0.extensions.classification")).as(query).isEqualTo(classification);
        assertThat((String) at(r, "errors.0.extensions.argument")).as(query).isEqualTo(argument);
        assertThat((String) at(r, "errors.0.message")).as(query).contains(message);
    }
}
