package org.kamgraph.tools.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load tools without a service: request bodies, durations, the weighted mix, percentiles and the report. */
class LoadPureTest {
    @TempDir
    Path tmp;

    @Test
    void bodiesCarryOnlyTheVariablesTheQueryDeclaresAsJsonText() {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("kind", "Idn");
        vars.put("id", "IDN-1");
        vars.put("text", "a \"b\"");
        assertThat(GraphQlClient.body("query($id: ID!) { node(id: $id) { name } }", vars))
                .isEqualTo("{\"query\":\"query($id: ID!) { node(id: $id) { name } }\",\"variables\":{\"id\":\"IDN-1\"}}");
        assertThat(GraphQlClient.body("{ stats { nodes } }\n", vars)).isEqualTo("{\"query\":\"{ stats { nodes } }\\n\"}");
        assertThat(LatencyCommand.body("{ a }")).isEqualTo("{\"query\":\"{ a }\"}");
    }

    @Test
    void durations() {
        assertThat(Workload.seconds("90")).isEqualTo(90);
        assertThat(Workload.seconds("10s")).isEqualTo(10);
        assertThat(Workload.seconds("1.5m")).isEqualTo(90);
        assertThat(Workload.seconds("500ms")).isEqualTo(0.5);
    }

    @Test
    void queryFilesWithWeightsAndDeclaredValuesBecomeClassesOfPrebuiltRequests() throws Exception {
        Path a = tmp.resolve("lookup.graphql");
        Files.writeString(a, "# load-ids: DEC-1 DEC-2\n# load-texts: x y z\nquery($id: ID!, $text: String) { a }\n", StandardCharsets.UTF_8);
        Path b = tmp.resolve("stats.graphql");
        Files.writeString(b, "{ stats { nodes } }", StandardCharsets.UTF_8);
        GraphQlClient client = new GraphQlClient(URI.create("http://127.0.0.1:9/graphql"), " T ");
        Workload w = Workload.prepare(client, List.of(a + ":3", b.toString()), null, 10);
        assertThat(w.classes()).extracting(Workload.QueryClass::name).containsExactly("lookup", "stats");
        assertThat(w.classes()).extracting(Workload.QueryClass::weight).containsExactly(3, 1);
        assertThat(w.classes().get(0).requests()).hasSize(6); // 2 ids x 3 texts
        assertThat(new String(w.classes().get(0).requests().get(0), StandardCharsets.UTF_8)).startsWith("POST /graphql HTTP/1.1\r\n")
                .contains("Authorization: Bearer T\r\n").endsWith("\"variables\":{\"id\":\"DEC-1\",\"text\":\"x\"}}");
        SplittableRandom random = new SplittableRandom(1);
        int first = 0;
        for (int i = 0; i < 4_000; i++) {
            first += w.pick(random) == 0 ? 1 : 0;
        }
        assertThat(first).isBetween(2_800, 3_200); // weight 3 of 4
        assertThatThrownBy(() -> new GraphQlClient(URI.create("ftp://x/graphql"), null)).hasMessageContaining("http://");
    }

    @Test
    void theClientKeepsItsConnectionAndTellsAnswersWithErrors() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/graphql", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] answer = (body.contains("bad") ? "{\"errors\":[{\"message\":\"no\"}]}" : "{\"data\":{\"id\":\"A-1\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            // chunked (length 0) for the "long" query, a fixed length otherwise
            exchange.sendResponseHeaders(200, body.contains("long") ? 0 : answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.setExecutor(null);
        server.start();
        try {
            GraphQlClient client = new GraphQlClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/graphql"), null);
            try (HttpConnection c = client.connect()) {
                assertThat(c.exchange(client.post(GraphQlClient.body("{ good }", Map.of())))).isEqualTo(200);
                assertThat(c.ok()).isTrue();
                assertThat(c.exchange(client.post(GraphQlClient.body("{ bad }", Map.of())))).isEqualTo(200);
                assertThat(c.ok()).isFalse();
                assertThat(c.problem()).contains("errors");
                assertThat(c.exchange(client.post(GraphQlClient.body("{ long }", Map.of())))).isEqualTo(200);
                assertThat(c.ok()).isTrue();
                assertThat(c.bodyText(100)).isEqualTo("{\"data\":{\"id\":\"A-1\"}}");
                assertThat(c.exchange(client.get("/nothing"))).isEqualTo(404);
                assertThat(c.problem()).startsWith("HTTP 404");
            }
            assertThat(client.fetchIds("Idn", 5)).containsExactly("A-1");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void percentilesByNearestRankAndTheReportTable() {
        long[] sorted = Percentiles.merge(List.of(new long[] {4_000_000, 1_000_000}, new long[] {3_000_000, 2_000_000}));
        assertThat(sorted).containsExactly(1_000_000, 2_000_000, 3_000_000, 4_000_000);
        assertThat(Percentiles.millis(sorted, 50)).isEqualTo(2.0);
        assertThat(Percentiles.millis(sorted, 95)).isEqualTo(4.0);
        assertThat(Percentiles.millis(new long[0], 50)).isNaN();
        LoadReport r = new LoadReport(List.of(new LoadReport.Line("a", sorted, 0), new LoadReport.Line("b", new long[] {5_000_000}, 2)),
                2, "server heap: n/a", "1", "2", List.of("b: HTTP 500"));
        assertThat(r.errors()).isEqualTo(2);
        assertThat(r.text()).contains("all").contains("2.5").contains("first errors:\n  b: HTTP 500").endsWith("errors: 2");
    }
}
