package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamgraph.api.Http.at;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The hard limits on a request, each with small values: aliases, top-level fields, batching, body size, the request
 * timeout and the upload size. Each is refused with an error naming the limit and its value, before anything runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kam.demo.load=false", "kam.embedded.page-cache=64m",
        "kam.graphql.max-aliases=30", "kam.graphql.max-root-fields=20", "kam.graphql.timeout=3s",
        "kam.graphql.max-request-bytes=200000",
        "spring.servlet.multipart.max-file-size=100KB", "spring.servlet.multipart.max-request-size=150KB",
        "kam.importing.max-upload-bytes=50000"})
@Import(RequestLimitsTest.SlowKeyAccounts.class)
class RequestLimitsTest {
    @LocalServerPort
    int port;
    Http http;

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) throws IOException {
        ServiceTest.freshDataDirectory(registry, "kam-limits");
    }

    /** Makes {@code keyAccounts} take 15 seconds: a measurably slow request for the timeout. */
    @TestConfiguration
    static class SlowKeyAccounts {
        @Bean
        SimplePerformantInstrumentation slowKeyAccounts() {
            return new SimplePerformantInstrumentation() {
                @Override
                public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                            InstrumentationState state) {
                    if (!parameters.getEnvironment().getField().getName().equals("keyAccounts")) {
                        return fetcher;
                    }
                    return env -> {
                        Thread.sleep(15_000);
                        return fetcher.get(env);
                    };
                }
            };
        }
    }

    private static boolean warm;

    @BeforeEach
    void client() {
        http = new Http(port);
        // The first requests of a fresh service (cold JIT, query planning) may take longer than the short timeout here.
        for (int i = 0; i < 10 && !warm; i++) {
            warm = http.graphql("{ stats { nodes } }").get("errors") == null;
        }
    }

    private long nodes() {
        Map<String, Object> r = http.graphql("{ stats { nodes } }");
        assertThat(r.get("errors")).as(String.valueOf(r)).isNull();
        return ((Number) at(r, "data.stats.nodes")).longValue();
    }

    private static void refused(Map<String, Object> r, String limit, String value) {
        assertThat(r.get("data")).as(String.valueOf(r)).isNull();
        assertThat((String) at(r, "errors.0.message")).as(String.valueOf(r)).contains(limit).contains(value);
        assertThat((String) at(r, "errors.0.extensions.classification")).isEqualTo("BAD_REQUEST");
        assertThat((String) at(r, "errors.0.extensions.limit")).isEqualTo(limit);
    }

    @Test
    void aliasesOverTheLimitAreRefused() {
        StringBuilder ok = new StringBuilder("{ stats {");
        for (int i = 0; i < 30; i++) {
            ok.append(" n").append(i).append(": nodes");
        }
        assertThat(http.graphql(ok + " } }").get("errors")).isNull();
        refused(http.graphql(ok + " n30: nodes } }"), "kam.graphql.max-aliases", "31");
        // Fragments count where they are spread.
        refused(http.graphql("{ stats { ...F } other: stats { ...F } } fragment F on GraphStats { a: nodes b: nodes c: nodes d: nodes e: nodes "
                + "f: nodes g: nodes h: nodes i: nodes j: nodes k: nodes l: nodes m: nodes n: nodes o: nodes }"), "kam.graphql.max-aliases", "31");
    }

    @Test
    void moreTopLevelFieldsThanTheLimitAreRefusedBeforeAnyResolverRuns() {
        long before = nodes();
        StringBuilder mutation = new StringBuilder("mutation {");
        for (int i = 0; i < 21; i++) {
            mutation.append(" c").append(i).append(": createNode(input: {kind: Idn, id: \"IDN-LIM-").append(i)
                    .append("\", properties: [{name: \"name\", value: \"Limit ").append(i).append("\"}]}) { id }");
        }
        refused(http.graphql(mutation.append(" }").toString()), "kam.graphql.max-root-fields", "21");
        assertThat(nodes()).as("no resolver ran").isEqualTo(before);

        StringBuilder twenty = new StringBuilder("{");
        for (int i = 0; i < 20; i++) {
            twenty.append(" s").append(i).append(": stats { nodes }");
        }
        assertThat(http.graphql(twenty.append(" }").toString()).get("errors")).isNull();
    }

    @Test
    void batchedRequestsAreRefused() {
        HttpResponse<String> r = post("[{\"query\":\"{ stats { nodes } }\"},{\"query\":\"{ stats { relationships } }\"}]");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("batched").contains("BAD_REQUEST");
        assertThat(post("  \n[]").statusCode()).isEqualTo(400);
    }

    @Test
    void aBodyOverTheLimitAnswers413NamingIt() {
        String big = "{\"query\":\"{ search(text: \\\"" + "x".repeat(250_000) + "\\\") { totalCount } }\"}";
        HttpResponse<String> r = post(big);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("kam.graphql.max-request-bytes").contains("200000");
        // Just under it is parsed and answered as usual.
        String fits = "{\"query\":\"{ search(text: \\\"" + "x".repeat(150_000) + "\\\") { totalCount } }\"}";
        HttpResponse<String> ok = post(fits);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).doesNotContain("INTERNAL_ERROR");
    }

    @Test
    void aRequestOverTheTimeoutGetsATimeoutErrorPromptly() {
        long started = System.nanoTime();
        Map<String, Object> r = http.graphql("{ keyAccounts(first: 1) { accounts { rank } } }");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(millis).as("answered at the timeout, not after the 15 s resolver").isLessThan(10_000);
        assertThat((String) at(r, "errors.0.extensions.classification")).as(String.valueOf(r)).isEqualTo("TIMEOUT");
        assertThat((String) at(r, "errors.0.message")).contains("kam.graphql.timeout").contains("3 s");
        // The service carries on.
        assertThat(nodes()).isNotNegative();
    }

    @Test
    void anUploadOverTheMultipartLimitAnswers413NamingIt() throws IOException {
        Path big = Files.createTempDirectory("kam-upload").resolve("Idn.csv");
        Files.writeString(big, "id:ID(Idn),name\n" + "IDN-1,North\n".repeat(10_000));
        Http.Response r = http.upload("/api/import", List.of(big));
        assertThat(r.status()).as(r.body()).isEqualTo(413);
        assertThat(r.body()).contains("spring.servlet.multipart.max-file-size").contains("102400");
    }

    @Test
    void uploadsTogetherOverTheImportLimitAnswer413NamingIt() throws IOException {
        Path dir = Files.createTempDirectory("kam-upload");
        Path a = dir.resolve("Idn.csv");
        Path b = dir.resolve("Hospital.csv");
        Files.writeString(a, "id:ID(Idn),name\n" + "IDN-1,North\n".repeat(2_500));
        Files.writeString(b, "id:ID(Hospital),name\n" + "HOS-1,North\n".repeat(2_500));
        long before = nodes();
        Http.Response r = http.upload("/api/import", List.of(a, b));
        assertThat(r.status()).as(r.body()).isEqualTo(413);
        assertThat(r.body()).contains("kam.importing.max-upload-bytes").contains("50000");
        assertThat(nodes()).isEqualTo(before);
    }

    private HttpResponse<String> post(String body) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + Http.ADMIN_TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
