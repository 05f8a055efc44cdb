package org.kamgraph.cypher.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kamgraph.cypher.GraphVersion;
import org.kamgraph.cypher.edit.GraphEditor;
import org.kamgraph.cypher.ingest.CsvImporter;
import org.kamgraph.cypher.ingest.CsvSource;
import org.kamgraph.cypher.ingest.CypherGraphWriter;
import org.kamgraph.cypher.ingest.ImportOptions;
import org.kamgraph.cypher.support.GraphTarget;
import org.kamgraph.cypher.support.TestDatabases;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.neo4j.driver.Driver;

/** Cached projections are reused until an import, or an edit touching their scope, goes through kam-graph; bounded by edges. */
class ProjectionCacheTest extends GraphTarget {
    @Override
    protected Driver driver() {
        return TestDatabases.harnessDriver();
    }

    static CsvSource csv(String name, String text) {
        return CsvSource.of(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reusedUntilAWriteThenReloadedAndBoundedByEdges() {
        GraphVersion version = new GraphVersion();
        CsvImporter importer = new CsvImporter(new CypherGraphWriter(runner), version);
        importer.run(List.of(csv("Person.csv", "id:ID(Person),name\nP-1,A\nP-2,B\nP-3,C\n"),
                csv("INFLUENCES.csv", ":START_ID(Person),:END_ID(Person),strength:double\nP-1,P-2,0.5\n")), ImportOptions.defaults());
        ProjectionCache cache = new ProjectionCache(new ProjectionLoader(runner), version, 2);
        ProjectionSpec influence = ProjectionSpec.of(Set.of(RelKind.INFLUENCES));

        Projection first = cache.get(influence);
        assertThat(cache.get(influence)).isSameAs(first);
        assertThat(first.edgeCount()).isEqualTo(1);

        importer.run(List.of(csv("INFLUENCES.csv", ":START_ID(Person),:END_ID(Person),strength:double\nP-2,P-3,0.5\n")),
                ImportOptions.defaults());
        Projection afterImport = cache.get(influence);
        assertThat(afterImport).isNotSameAs(first);
        assertThat(afterImport.edgeCount()).isEqualTo(2);

        new GraphEditor(runner, version).createNode(NodeKind.PERSON, "P-4", java.util.Map.of("name", "D"));
        assertThat(cache.get(influence).vertexCount()).isEqualTo(4);

        // Two edges fit: a second two-edge projection pushes the least recently used one out.
        Projection kept = cache.get(influence);
        ProjectionSpec reversed = new ProjectionSpec(new Scope.WholeGraph(), Set.of(), Set.of(RelKind.INFLUENCES),
                Orientation.REVERSE, null, 1.0, null);
        cache.get(reversed);
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get(influence)).isNotSameAs(kept);
    }

    @Test
    void onlyWritesTouchingAScopeInvalidateIt() {
        GraphVersion version = new GraphVersion();
        CsvImporter importer = new CsvImporter(new CypherGraphWriter(runner), version);
        importer.run(List.of(csv("Idn.csv", "id:ID(Idn),name\nSC-IA,North\nSC-IB,South\n"),
                csv("Hospital.csv", "id:ID(Hospital),name\nSC-HA,North General\n"),
                csv("PART_OF.csv", ":START_ID(Hospital),:END_ID(Idn)\nSC-HA,SC-IA\n"),
                csv("Person.csv", "id:ID(Person),name\nSC-A1,A1\nSC-A2,A2\nSC-B1,B1\nSC-B2,B2\nSC-N,New\n"),
                csv("WORKS_AT-Hospital.csv", ":START_ID(Person),:END_ID(Hospital)\nSC-A1,SC-HA\n"),
                csv("WORKS_AT-Idn.csv", ":START_ID(Person),:END_ID(Idn)\nSC-A2,SC-IA\nSC-B1,SC-IB\nSC-B2,SC-IB\n"),
                csv("INFLUENCES.csv", ":START_ID(Person),:END_ID(Person),strength:double\nSC-A1,SC-A2,0.5\n")), ImportOptions.defaults());
        ProjectionCache cache = new ProjectionCache(new ProjectionLoader(runner), version, 1_000);
        GraphEditor editor = new GraphEditor(runner, version);
        ProjectionSpec north = new ProjectionSpec(new Scope.Account(NodeKind.IDN, "SC-IA"), Set.of(NodeKind.PERSON),
                Set.of(RelKind.INFLUENCES), Orientation.NATURAL, "strength", 1.0, null);
        Projection first = cache.get(north);
        assertThat(first.vertexCount()).isEqualTo(2);

        // Writes in the other account leave it cached.
        editor.createRelationship(new org.kamgraph.cypher.edit.RelationshipKey(RelKind.INFLUENCES, NodeKind.PERSON, "SC-B1",
                NodeKind.PERSON, "SC-B2", null), java.util.Map.of("strength", "0.4"));
        editor.updateNode(NodeKind.PERSON, "SC-B2", java.util.Map.of("name", "B2 renamed"));
        assertThat(cache.get(north)).isSameAs(first);

        // A new position at the account's hospital (not a vertex, but the scope depends on it) brings a person in.
        editor.createRelationship(new org.kamgraph.cypher.edit.RelationshipKey(RelKind.WORKS_AT, NodeKind.PERSON, "SC-N",
                NodeKind.HOSPITAL, "SC-HA", null), java.util.Map.of());
        Projection withNewcomer = cache.get(north);
        assertThat(withNewcomer).isNotSameAs(first);
        assertThat(withNewcomer.vertex(NodeKind.PERSON, "SC-N")).isPresent();

        // An edit of a vertex reloads; a new node of a projected kind reloads a whole-graph projection only.
        editor.updateRelationship(new org.kamgraph.cypher.edit.RelationshipKey(RelKind.INFLUENCES, NodeKind.PERSON, "SC-A1",
                NodeKind.PERSON, "SC-A2", null), java.util.Map.of("strength", "0.9"));
        Projection reweighted = cache.get(north);
        assertThat(reweighted).isNotSameAs(withNewcomer);
        assertThat(reweighted.graph().getEdgeWeight(reweighted.graph().edgeSet().iterator().next())).isEqualTo(0.9);
        Projection everyone = cache.get(ProjectionSpec.of(Set.of(RelKind.INFLUENCES)));
        editor.createNode(NodeKind.PERSON, "SC-X", java.util.Map.of("name", "X"));
        assertThat(cache.get(north)).isSameAs(reweighted);
        assertThat(cache.get(ProjectionSpec.of(Set.of(RelKind.INFLUENCES)))).isNotSameAs(everyone);
    }

    @Test
    void concurrentRequestsShareOneLoadAndAnalysesAreComputedOncePerProjection() throws Exception {
        GraphVersion version = new GraphVersion();
        new CsvImporter(new CypherGraphWriter(runner), version).run(List.of(csv("Person.csv", "id:ID(Person),name\nQ-1,A\nQ-2,B\n"),
                csv("INFLUENCES.csv", ":START_ID(Person),:END_ID(Person),strength:double\nQ-1,Q-2,0.5\n")), ImportOptions.defaults());
        ProjectionCache cache = new ProjectionCache(new ProjectionLoader(runner), version, 1_000);
        ProjectionSpec spec = ProjectionSpec.of(Set.of(RelKind.INFLUENCES));
        int threads = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            // Fields of one request asking for the same projection at once: one load, one projection for all.
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Projection>> loads = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                loads.add(pool.submit(() -> {
                    go.await();
                    return cache.get(spec);
                }));
            }
            go.countDown();
            Projection first = loads.getFirst().get();
            for (var f : loads) {
                assertThat(f.get()).isSameAs(first);
            }

            // An analysis of it is computed once, however many ask at once, and kept with it.
            java.util.concurrent.atomic.AtomicInteger computed = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.CountDownLatch ask = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    ask.await();
                    return first.memo("betweenness", () -> {
                        computed.incrementAndGet();
                        try {
                            Thread.sleep(100);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return 42;
                    });
                }));
            }
            ask.countDown();
            for (var a : answers) {
                assertThat(a.get()).isEqualTo(42);
            }
            assertThat(computed).hasValue(1);
            assertThat(first.<Integer>memo("betweenness", () -> 0)).isEqualTo(42);
            // A failed analysis is not kept; another key is another analysis.
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> first.memo("broken", () -> {
                throw new IllegalStateException("no");
            })).hasMessage("no");
            assertThat(first.<Integer>memo("broken", () -> 7)).isEqualTo(7);
            // A write makes a new projection, with analyses of its own.
            new GraphEditor(runner, version).createNode(NodeKind.PERSON, "Q-3", java.util.Map.of("name", "C"));
            Projection after = cache.get(spec);
            assertThat(after).isNotSameAs(first);
            assertThat(after.<Integer>memo("betweenness", () -> 5)).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }
}
