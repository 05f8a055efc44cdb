package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamgraph.api.Http.at;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Hostile input at the API, seeded and repeatable: injection attempts, control characters, huge and odd numbers in
 * GraphQL arguments (search text, ids, dates, cursors, sizes), hostile inline importCsv files, uploads with invalid
 * UTF-8 and a 10 MB field, and hostile /api/csv requests. Each is answered with a clear error (BAD_REQUEST,
 * NOT_FOUND, a GraphQL validation or syntax error, or a 4xx with the reason) or an empty result; never an
 * INTERNAL_ERROR or a 500, never a stack trace; and the stored graph is unchanged.
 */
@org.springframework.test.context.TestPropertySource(properties = {"kam.test.fixture=fuzz", "kam.graphql.timeout=10s"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiFuzzTest extends FixtureApiTest {
    private static final long SEED = 20261122L;
    static final List<String> HOSTILE = List.of(
            "x'}) MATCH (n) DETACH DELETE n //",
            "x\"}) MATCH (n) DETACH DELETE n //",
            "`) DETACH DELETE n //",
            "$x",
            "{{label}}",
            "\u0000",
            "\"} mutation { importCsv(files: []) { written } } #",
            "{ __schema { types { name } } }",
            "' OR 1=1 --",
            "${jndi:ldap://127.0.0.1/x}",
            "../../../../etc/passwd",
            "<script>alert(1)</script>",
            "\\",
            "*:*",
            "name:(a OR b)~2^3",
            "\uD83D\uDE00\u202E",
            "line\nbreak\r\n",
            "",
            " ",
            "P1",
            "x".repeat(5_000));
    static final List<String> NUMBERS = List.of("99999999999999999999999", "2147483648", "-2147483649", "2147483647",
            "-1", "0", "1e309", "-0", "1.5", "NaN");

    private String before;
    private int requests;

    @Override
    String fixture() {
        return "influence";
    }

    @BeforeAll
    void remember() {
        before = fingerprint();
    }

    @AfterAll
    void storeUnchanged() {
        assertThat(fingerprint()).as("the stored graph after " + requests + " hostile requests").isEqualTo(before);
    }

    /** Counts and every node's kind, id and name. */
    private String fingerprint() {
        Map<String, Object> r = ok("{ stats { nodes relationships } search(first: 500) { totalCount edges { node { kind id name } } } }");
        return String.valueOf(r.get("data"));
    }

    /** A GraphQL answer that is data or a clear error. */
    private Map<String, Object> clear(String query) {
        requests++;
        Map<String, Object> r = http.graphql(query);
        assertClear(query, r);
        return r;
    }

    private static void assertClear(String context, Map<String, Object> r) {
        String shown = context.length() > 300 ? context.substring(0, 300) + "..." : context;
        Object errors = r.get("errors");
        if (errors == null) {
            assertThat(r.get("data")).as(shown).isNotNull();
            return;
        }
        for (Object e : (List<?>) errors) {
            @SuppressWarnings("unchecked")
            Map<String, Object> error = (Map<String, Object>) e;
            Object classification = at(error, "extensions") == null ? null : at(error, "extensions.classification");
            assertThat(String.valueOf(classification)).as(shown + " -> " + error).isNotEqualTo("INTERNAL_ERROR").isNotEqualTo("TIMEOUT");
            assertThat(String.valueOf(error.get("message"))).as(shown).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ")
                    .doesNotContain("org.neo4j").doesNotContain("java.");
        }
    }

    @Test
    @Order(1)
    void hostileStringsInArguments() {
        List<String> templates = List.of(
                "{ search(text: %s, first: 5) { totalCount edges { node { id } } } }",
                "{ search(text: \"a\", territory: %1$s, region: %1$s) { totalCount } }",
                "{ search(after: %s) { totalCount } }",
                "{ node(kind: Person, id: %s) { id name } }",
                "{ person(id: %s) { name } }",
                "{ hierarchy(kind: Idn, id: %s) { depth } }",
                "{ neighbours(kind: Person, id: %s, first: 5) { totalCount } }",
                "{ neighbours(kind: Person, id: \"P1\", asOf: %s) { totalCount } }",
                "{ neighbours(kind: Person, id: \"P1\", after: %s) { totalCount } }",
                "{ decisionInfluencers(decision: %s) { totalCount } }",
                "{ decisionInfluencers(decision: \"D1\", after: %s) { totalCount } }",
                "{ reachStakeholder(target: %s) { paths { strength } } }",
                "{ changes(account: {kind: Idn, id: %s}, from: \"2020-01-01\", to: \"2026-01-01\") { left { person { name } } } }",
                "{ changes(account: {kind: Idn, id: \"I1\"}, from: %s, to: \"2026-01-01\") { left { person { name } } } }",
                "{ brokers(scope: {territory: %s}) { vertices } }",
                "mutation { updateNode(input: {kind: Person, id: %s, properties: [{name: \"name\", value: \"Changed\"}]}) { id } }");
        Random random = new Random(SEED);
        for (String template : templates) {
            // Each template gets the two injections, the long value and six more drawn by the seed.
            List<String> sample = new ArrayList<>(List.of(HOSTILE.get(0), HOSTILE.get(2), HOSTILE.getLast()));
            for (int i = 0; i < 6; i++) {
                sample.add(HOSTILE.get(random.nextInt(HOSTILE.size())));
            }
            for (String evil : sample) {
                if (template.startsWith("mutation") && evil.equals("P1")) {
                    continue; // a legal edit of an existing node
                }
                clear(String.format(template, Http.quote(evil)));
            }
        }
    }

    @Test
    @Order(2)
    void hugeAndOddNumbersInArguments() {
        List<String> templates = List.of(
                "{ search(text: \"a\", first: %s) { totalCount } }",
                "{ neighbours(kind: Person, id: \"P1\", first: %s) { totalCount } }",
                "{ reachStakeholder(target: \"P1\", k: %s) { paths { strength } } }",
                "{ reachStakeholder(target: \"P1\", maxHops: %s) { paths { strength } } }",
                "{ hierarchy(kind: Idn, id: \"I1\", depth: %s) { depth } }",
                "{ decisionInfluencers(decision: \"D1\", depth: %1$s, first: %1$s) { totalCount } }",
                "{ brokers(scope: {territory: \"T-INF\"}, samples: %1$s, seed: %1$s) { vertices } }",
                "{ coverageGaps(decision: \"D1\", minStrength: %1$s, influenceTop: %1$s) { gaps { reason } } }",
                "{ changes(account: {kind: Idn, id: \"I1\"}, from: \"2020-01-01\", to: \"2026-01-01\", top: %s) { left { person { name } } } }");
        for (String template : templates) {
            for (String n : NUMBERS) {
                clear(String.format(template, n));
            }
        }
        for (String date : List.of("\"99999-01-01\"", "\"-999999999-01-01\"", "\"2026-02-30\"", "\"0000-00-00\"", "\"2026-1-1\"", "20260101")) {
            clear("{ neighbours(kind: Person, id: \"P1\", asOf: " + date + ") { totalCount } }");
            clear("{ changes(account: {kind: Idn, id: \"I1\"}, from: " + date + ", to: \"2026-01-01\") { left { person { name } } } }");
        }
    }

    @Test
    @Order(3)
    void randomGarbageDocuments() {
        Random random = new Random(SEED);
        String alphabet = "{}()[]:,.!$@#\"\\ \n\t aAzZ09_-=|&*'`" + "query mutation fragment on stats search node";
        for (int i = 0; i < 150; i++) {
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? "{ " : "");
            int len = random.nextInt(80);
            for (int j = 0; j < len; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            clear(sb.toString());
        }
        // Deep nesting and many tokens: refused by the parser's or the depth limits, never a stack overflow.
        clear("{ stats " + "{ nodes ".repeat(5_000) + "}".repeat(5_001));
        clear("{ search(text: \"a\", kinds: [" + "Person, ".repeat(20_000) + "]) { totalCount } }");
    }

    @Test
    @Order(4)
    void hostileInlineImports() {
        for (String evil : HOSTILE) {
            String cell = "\"" + evil.replace("\"", "\"\"") + "\"";
            List<String> files = List.of(
                    "id:ID(Idn),name,colour\nI-EVIL," + cell + ",red\n",
                    "id:ID(Clinician),name,npi\nC-EVIL," + cell + ",1234567890\n",
                    ":START_ID(Person),:END_ID(Person),strength:double\n" + cell + ",P-NONE,0.5\n",
                    "id:ID(Idn),name\n" + cell + ",North,extra\n");
            for (String content : files) {
                Map<String, Object> r = clear("mutation { importCsv(files: [{name: " + Http.quote(evil + ".csv") + ", content: "
                        + Http.quote(content) + "}]) { written problemCount problems { file line column reason } } }");
                if (r.get("errors") == null) {
                    assertThat((Boolean) at(r, "data.importCsv.written")).as(content).isFalse();
                    assertThat(((Number) at(r, "data.importCsv.problemCount")).longValue()).isPositive();
                }
            }
        }
        // The query text itself is limited by graphql-java's parser (1,048,576 characters): a clear syntax error.
        Map<String, Object> inline = clear("mutation { importCsv(files: [{name: \"Idn.csv\", content: "
                + Http.quote("id:ID(Idn),name\nI-BIG," + "z".repeat(2 * 1024 * 1024) + "\n") + "}]) { written } }");
        assertThat((String) at(inline, "errors.0.message")).contains("1,048,576 characters");
        // Files as variables: a 5 MB field reaches the importer and is refused there; an 11 MB body before parsing.
        String mutation = "mutation($files: [CsvFileInput!]!) { importCsv(files: $files) { written problems { line reason } } }";
        Map<String, Object> field = postJson("{\"query\":" + Http.quote(mutation) + ",\"variables\":{\"files\":[{\"name\":\"Idn.csv\",\"content\":"
                + Http.quote("id:ID(Idn),name\nI-BIG," + "z".repeat(5 * 1024 * 1024) + "\n") + "}]}}");
        assertClear("5 MB field", field);
        assertThat((String) at(field, "data.importCsv.problems.0.reason")).contains("longer than 65,536 characters");
        Map<String, Object> body = postJson("{\"query\":" + Http.quote(mutation) + ",\"variables\":{\"files\":[{\"name\":\"Idn.csv\",\"content\":"
                + Http.quote("id:ID(Idn),name\nI-BIG," + "z".repeat(11 * 1024 * 1024) + "\n") + "}]}}");
        assertThat((String) at(body, "errors.0.extensions.limit")).isEqualTo("kam.graphql.max-request-bytes");
    }

    /** POSTs a raw JSON body to /graphql (with the test admin token) and parses the answer. */
    private Map<String, Object> postJson(String body) {
        requests++;
        try {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + port + "/graphql")).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + Http.ADMIN_TOKEN).POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Http.Response(r.statusCode(), r.body()).json();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(5)
    void hostileUploads() throws IOException {
        Path dir = Files.createTempDirectory("kam-fuzz-upload");
        Path utf8 = dir.resolve("Idn.csv");
        byte[] head = "id:ID(Idn),name\nI-U,North ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, '\n'};
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Files.write(utf8, all);
        Http.Response r = http.upload("/api/import", List.of(utf8));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("not valid UTF-8").contains("Idn.csv");

        Path big = dir.resolve("Person.csv");
        Files.writeString(big, "id:ID(Person),name\nP-BIG," + "z".repeat(10 * 1024 * 1024) + "\n");
        long started = System.nanoTime();
        r = http.upload("/api/import", List.of(big));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("longer than 65,536 characters").contains("Person.csv");
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(10_000);

        for (String evil : HOSTILE.subList(0, 10)) {
            Path f = dir.resolve("INFLUENCES.csv");
            Files.writeString(f, ":START_ID(Person),:END_ID(Person),strength:double\nP1,\"" + evil.replace("\"", "\"\"") + "\",0.5\n");
            Http.Response u = http.upload("/api/import", List.of(f));
            assertThat(u.status()).as(evil + ": " + u.body()).isEqualTo(400);
            assertThat(u.body()).doesNotContain("\tat ");
        }
    }

    @Test
    @Order(6)
    void hostileCsvExports() {
        List<String> queries = new ArrayList<>(HOSTILE);
        queries.add("{ search(text: \"x'}) MATCH (n) DETACH DELETE n //\") { edges { node { id } } } }");
        queries.add("mutation { endNode(kind: Person, id: \"P1\", validTo: \"2020-01-01\") { id } }");
        for (String q : queries) {
            Http.Response r = http.get("/api/csv?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            requests++;
            assertThat(r.status()).as(q + " -> " + r.body()).isIn(200, 400, 404);
            assertThat(r.body()).doesNotContain("INTERNAL_ERROR").doesNotContain("\tat ");
        }
        Http.Response mutation = http.get("/api/csv?query=" + URLEncoder.encode(
                "mutation { endNode(kind: Person, id: \"P1\", validTo: \"2020-01-01\") { id } }", StandardCharsets.UTF_8));
        assertThat(mutation.status()).isEqualTo(400);
        assertThat(mutation.body()).contains("only queries");
        String good = URLEncoder.encode("{ search(first: 5) { edges { node { id name } } } }", StandardCharsets.UTF_8);
        for (String evil : HOSTILE) {
            String e = URLEncoder.encode(evil, StandardCharsets.UTF_8);
            for (String param : List.of("rows", "variables", "filename")) {
                Http.Response r = http.get("/api/csv?query=" + good + "&" + param + "=" + e);
                requests++;
                assertThat(r.status()).as(param + "=" + evil + " -> " + r.body()).isIn(200, 400);
                assertThat(r.body()).doesNotContain("INTERNAL_ERROR").doesNotContain("\tat ");
            }
        }
        Http.Response deep = http.get("/api/csv?query=" + good + "&variables=" + URLEncoder.encode("[".repeat(5_000), StandardCharsets.UTF_8));
        assertThat(deep.status()).isEqualTo(400);
    }
}
