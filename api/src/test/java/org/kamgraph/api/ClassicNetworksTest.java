package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamgraph.api.Http.at;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Published values through the public path: Zachary's karate club and Padgett's Florentine families are
 * imported as CSV, projected by territory, scored through the GraphQL centrality query, and compared with
 * NetworkX 3.6.1 (the reference files of the algorithms module) to 1e-9.
 */
class ClassicNetworksTest extends ServiceTest {

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) throws IOException {
        ServiceTest.freshDataDirectory(registry, "kam-classic");
    }

    static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = ClassicNetworksTest.class.getResourceAsStream("/reference/" + resource)) {
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split(","));
                }
            }
            return out;
        }
    }

    /** Expected values by vertex from a column of {name}_expected.csv. */
    static Map<Integer, Double> expected(String network, String column) throws IOException {
        List<String[]> r = rows(network + "_expected.csv");
        int c = List.of(r.getFirst()).indexOf(column);
        Map<Integer, Double> out = new HashMap<>();
        for (String[] row : r.subList(1, r.size())) {
            out.put(Integer.parseInt(row[0]), Double.parseDouble(row[c]));
        }
        return out;
    }

    /** Expected values by vertex from paths_expected.csv (unweighted). */
    static Map<Integer, Double> expectedPaths(String network, String measure) throws IOException {
        Map<Integer, Double> out = new HashMap<>();
        for (String[] row : rows("paths_expected.csv")) {
            if (row[0].equals(network) && row[1].equals("NONE") && row[2].equals(measure)) {
                out.put(Integer.parseInt(row[3]), Double.parseDouble(row[4]));
            }
        }
        return out;
    }

    @BeforeAll
    void importNetworks() throws IOException {
        Path dir = Files.createTempDirectory("kam-classic-csv");
        StringBuilder people = new StringBuilder("id:ID(Person),name,territory\n");
        StringBuilder influence = new StringBuilder(":START_ID(Person),:END_ID(Person),strength:double\n");
        for (String network : List.of("karate", "florentine")) {
            String prefix = network.equals("karate") ? "K-" : "F-";
            for (String[] row : rows(network + "_expected.csv").subList(1, rows(network + "_expected.csv").size())) {
                people.append(prefix).append(row[0]).append(",").append(row[1]).append(",").append(network.toUpperCase()).append('\n');
            }
            for (String[] e : rows(network + "_edges.csv").subList(1, rows(network + "_edges.csv").size())) {
                influence.append(prefix).append(e[0]).append(",").append(prefix).append(e[1]).append(",0.5\n");
            }
        }
        Path p = Files.writeString(dir.resolve("Person.csv"), people);
        Path i = Files.writeString(dir.resolve("INFLUENCES.csv"), influence);
        Http.Response r = http.upload("/api/import", List.of(p, i));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    Map<Integer, Double> scores(String network, String algorithm, String options) {
        String q = """
                { centrality(projection: {scope: {territory: "%s"}, relationshipKinds: [INFLUENCES], orientation: UNDIRECTED},
                             algorithm: %s, options: %s, first: 100) { vertices edges rows { id score rank } } }
                """.formatted(network.toUpperCase(), algorithm, options);
        Map<String, Object> r = http.graphql(q);
        assertThat(r.get("errors")).as(q).isNull();
        Map<Integer, Double> out = new HashMap<>();
        List<Map<String, Object>> rows = at(r, "data.centrality.rows");
        for (Map<String, Object> row : rows) {
            out.put(Integer.parseInt(((String) row.get("id")).substring(2)), ((Number) row.get("score")).doubleValue());
        }
        return out;
    }

    static void assertClose(Map<Integer, Double> actual, Map<Integer, Double> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((v, x) -> assertThat(actual.get(v)).as("vertex " + v).isCloseTo(x, org.assertj.core.data.Offset.offset(1e-9)));
    }

    @Test
    void pageRankBetweennessClosenessAndEigenvectorMatchPublishedValues() throws IOException {
        for (String network : List.of("karate", "florentine")) {
            assertClose(scores(network, "PAGERANK", "{weighted: false, tolerance: 1e-12, maxIterations: 10000}"),
                    expected(network, "pagerank"));
            assertClose(scores(network, "EIGENVECTOR", "{weighted: false, tolerance: 1e-13, maxIterations: 10000}"),
                    expected(network, "eigenvector"));
            assertClose(scores(network, "BETWEENNESS", "{normalized: true}"), expectedPaths(network, "betweenness_normalized"));
            assertClose(scores(network, "CLOSENESS", "{normalized: true}"), expectedPaths(network, "closeness_wf"));
        }
    }

    @Test
    void personalizedPageRankMatchesNetworkX() throws IOException {
        Map<Integer, Double> expected = new HashMap<>();
        for (String[] row : rows("karate_personalized.csv").subList(1, 35)) {
            expected.put(Integer.parseInt(row[0]), Double.parseDouble(row[1]));
        }
        assertClose(scores("karate", "PERSONALIZED_PAGERANK",
                "{weighted: false, tolerance: 1e-13, maxIterations: 10000, seeds: [{kind: Person, id: \"K-0\"}, {kind: Person, id: \"K-33\"}]}"),
                expected);
    }

    @Test
    void sampledBetweennessApproachesExactAsTheSampleGrows() throws IOException {
        Map<Integer, Double> exact = expectedPaths("karate", "betweenness_normalized");
        double previous = Double.POSITIVE_INFINITY;
        for (int samples : new int[] {4, 12, 24, 34}) {
            Map<Integer, Double> sampled = scores("karate", "SAMPLED_BETWEENNESS", "{samples: " + samples + ", seed: 7}");
            double error = exact.keySet().stream().mapToDouble(v -> Math.abs(sampled.get(v) - exact.get(v))).average().orElseThrow();
            assertThat(error).as("mean error with " + samples + " sources").isLessThanOrEqualTo(previous);
            previous = error;
        }
        assertThat(previous).as("every source sampled: exact").isLessThan(1e-12);
    }

    @Test
    void asOfIgnoresRelationshipsOutsideTheirDates() throws IOException {
        Path dir = Files.createTempDirectory("kam-asof-csv");
        Path people = Files.writeString(dir.resolve("Person.csv"), "id:ID(Person),name,territory\nAS-1,One,ASOF\nAS-2,Two,ASOF\nAS-3,Three,ASOF\n");
        Path influence = Files.writeString(dir.resolve("INFLUENCES.csv"), """
                :START_ID(Person),:END_ID(Person),strength:double,validFrom:date,validTo:date
                AS-1,AS-2,0.5,2020-01-01,2020-12-31
                AS-2,AS-3,0.5,2021-01-01,
                """);
        assertThat(http.upload("/api/import", List.of(people, influence)).status()).isEqualTo(200);
        for (String[] dayAndEdges : new String[][] {{"2020-06-01", "1"}, {"2022-06-01", "1"}, {"2019-06-01", "0"}}) {
            Map<String, Object> r = http.graphql("""
                    { centrality(projection: {scope: {territory: "ASOF"}, relationshipKinds: [INFLUENCES], asOf: "%s"},
                                 algorithm: DEGREE, options: {degreeMode: IN, normalized: false, weighted: false}) { edges rows { id score } } }
                    """.formatted(dayAndEdges[0]));
            assertThat(((Number) at(r, "data.centrality.edges")).intValue()).as(dayAndEdges[0]).isEqualTo(Integer.parseInt(dayAndEdges[1]));
            List<Map<String, Object>> rows = at(r, "data.centrality.rows");
            String scored = dayAndEdges[0].startsWith("2020") ? "AS-2" : dayAndEdges[0].startsWith("2022") ? "AS-3" : null;
            for (Map<String, Object> row : rows) {
                assertThat(((Number) row.get("score")).doubleValue()).as(dayAndEdges[0] + " " + row.get("id"))
                        .isEqualTo(row.get("id").equals(scored) ? 1.0 : 0.0);
            }
        }
        Map<String, Object> all = http.graphql("""
                { centrality(projection: {scope: {territory: "ASOF"}, relationshipKinds: [INFLUENCES]}, algorithm: DEGREE) { edges } }
                """);
        assertThat(((Number) at(all, "data.centrality.edges")).intValue()).as("no asOf: all of history").isEqualTo(2);
    }

    @Test
    void rowsAreRankedAndTheKarateLeadersAreTheInstructorAndThePresident() {
        Map<String, Object> r = http.graphql("""
                { centrality(projection: {scope: {territory: "KARATE"}, relationshipKinds: [INFLUENCES], orientation: UNDIRECTED},
                             algorithm: BETWEENNESS, first: 2) { vertices edges totalCount rows { id kind rank } pageInfo { hasNextPage } } }
                """);
        assertThat(((Number) at(r, "data.centrality.vertices")).intValue()).isEqualTo(34);
        assertThat(((Number) at(r, "data.centrality.edges")).intValue()).isEqualTo(78);
        assertThat((List<Map<String, Object>>) at(r, "data.centrality.rows")).extracting(m -> m.get("id") + "#" + m.get("rank"))
                .containsExactly("K-0#1", "K-33#2");
        assertThat((Boolean) at(r, "data.centrality.pageInfo.hasNextPage")).isTrue();
    }

    @Test
    void badArgumentsAreNamed() {
        Map<String, Object> r = http.graphql("""
                { centrality(projection: {scope: {territory: "KARATE", region: "X"}, relationshipKinds: [INFLUENCES]}, algorithm: PAGERANK) { vertices } }
                """);
        assertThat((String) at(r, "errors.0.extensions.argument")).isEqualTo("scope");
        Map<String, Object> damping = http.graphql("""
                { centrality(projection: {relationshipKinds: [INFLUENCES]}, algorithm: PAGERANK, options: {dampingFactor: 1.5}) { vertices } }
                """);
        assertThat((String) at(damping, "errors.0.extensions.argument")).isEqualTo("options");
        assertThat((String) at(damping, "errors.0.message")).contains("dampingFactor");
        Map<String, Object> seeds = http.graphql("""
                { centrality(projection: {scope: {territory: "KARATE"}, relationshipKinds: [INFLUENCES]}, algorithm: PERSONALIZED_PAGERANK,
                             options: {seeds: [{kind: Person, id: "F-1"}]}) { vertices } }
                """);
        assertThat((String) at(seeds, "errors.0.extensions.classification")).isEqualTo("NOT_FOUND");
    }
}
