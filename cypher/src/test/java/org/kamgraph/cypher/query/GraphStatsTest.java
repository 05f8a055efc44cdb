package org.kamgraph.cypher.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamgraph.cypher.AccessScope;
import org.kamgraph.cypher.Cypher;
import org.kamgraph.cypher.GraphVersion;
import org.kamgraph.cypher.ingest.CsvImporter;
import org.kamgraph.cypher.ingest.CsvSource;
import org.kamgraph.cypher.ingest.CypherGraphWriter;
import org.kamgraph.cypher.ingest.ImportOptions;
import org.kamgraph.cypher.support.GraphTarget;
import org.kamgraph.cypher.support.TestDatabases;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

/**
 * {@code stats} counts from Neo4j's count store, in-process and over Bolt, with the same numbers as a count of the
 * graph by hand; a limited user's counts are those of the graph they may see. The statements it runs over Bolt are
 * planned as count-store reads: the one before issue 13 used dynamic labels and types, which Neo4j plans as scans of
 * every node and relationship (2.5-3 s on the demo market).
 */
class GraphStatsTest extends GraphTarget {
    @Override
    protected Driver driver() {
        return TestDatabases.harnessDriver();
    }

    static CsvSource csv(String name, String text) {
        return CsvSource.of(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void countsComeFromTheCountStoreAndAgreeEveryWay() {
        new CsvImporter(new CypherGraphWriter(runner), new GraphVersion()).run(List.of(
                csv("Idn.csv", "id:ID(Idn),name,territory\nI-1,North,T-1\nI-2,South,T-2\n"),
                csv("Person.csv", "id:ID(Person),name,territory\nP-1,A,T-1\nP-2,B,T-1\nP-3,C,T-2\n"),
                csv("Clinician.csv", "id:ID(Clinician),name,territory\nC-1,D,T-1\n"),
                csv("WORKS_AT.csv", ":START_ID(Person),:END_ID(Idn)\nP-1,I-1\nP-2,I-1\nP-3,I-2\n"),
                csv("INFLUENCES.csv", ":START_ID(Person),:END_ID(Person),strength:double\nP-1,P-2,0.5\nP-2,P-3,0.5\n")),
                ImportOptions.defaults());

        GraphQueries.GraphStats inProcess = new GraphQueries(runner, TestDatabases.harnessDatabase()).stats();
        GraphQueries.GraphStats overBolt = new GraphQueries(runner).stats();
        for (GraphQueries.GraphStats s : List.of(inProcess, overBolt)) {
            assertThat(s.nodes()).containsEntry(NodeKind.IDN, 2L).containsEntry(NodeKind.PERSON, 4L)
                    .containsEntry(NodeKind.CLINICIAN, 1L).containsEntry(NodeKind.HOSPITAL, 0L);
            assertThat(s.totalNodes()).isEqualTo(6); // clinicians are persons: counted once
            assertThat(s.relationships()).containsEntry(RelKind.WORKS_AT, 3L).containsEntry(RelKind.INFLUENCES, 2L)
                    .containsEntry(RelKind.PART_OF, 0L);
            assertThat(s.totalRelationships()).isEqualTo(5);
            assertThat(s.nodes()).hasSize(NodeKind.values().length);
            assertThat(s.relationships()).hasSize(RelKind.values().length);
        }

        // A user limited to T-1 sees I-1, P-1, P-2, C-1 and the relationships among them.
        AccessScope.Restriction t1 = new AccessScope.Restriction() {
            @Override
            public String key() {
                return "T-1@test";
            }

            @Override
            public List<String> territories() {
                return List.of("T-1");
            }

            @Override
            public boolean allows(NodeKind kind, String id) {
                return true;
            }
        };
        GraphQueries queries = new GraphQueries(runner, TestDatabases.harnessDatabase());
        GraphQueries.GraphStats visible = AccessScope.with(t1, queries::stats);
        assertThat(visible.totalNodes()).isEqualTo(4);
        assertThat(visible.relationships()).containsEntry(RelKind.WORKS_AT, 2L).containsEntry(RelKind.INFLUENCES, 1L);
        assertThat(AccessScope.with(t1, queries::stats)).as("kept for the same territories and graph version").isSameAs(visible);
    }

    @Test
    void theCountStatementsAreCountStoreReads() {
        try (Session session = driver().session()) {
            for (NodeKind kind : NodeKind.values()) {
                assertThat(operators(session.run("EXPLAIN " + Cypher.forKind("count-kind", kind)).consume().plan()))
                        .as(kind.label()).anyMatch(o -> o.startsWith("NodeCountFromCountStore"))
                        .noneMatch(o -> o.contains("Scan") || o.contains("Expand") || o.contains("DynamicLabel"));
            }
            for (RelKind kind : RelKind.values()) {
                assertThat(operators(session.run("EXPLAIN " + Cypher.forType("count-type", kind)).consume().plan()))
                        .as(kind.type()).anyMatch(o -> o.startsWith("RelationshipCountFromCountStore"))
                        .noneMatch(o -> o.contains("Scan") || o.contains("Expand"));
            }
            // An id of any kind: one index seek per kind, never a scan.
            assertThat(operators(session.run("EXPLAIN " + Cypher.load("node-exists-any-kind")).consume().plan()))
                    .anyMatch(o -> o.contains("NodeUniqueIndexSeek")).noneMatch(o -> o.contains("Scan"));
        }
    }

    private static List<String> operators(Plan plan) {
        List<String> out = new ArrayList<>();
        out.add(plan.operatorType());
        plan.children().forEach(c -> out.addAll(operators(c)));
        return out;
    }
}
