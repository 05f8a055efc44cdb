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

/** Cached projections are reused until an import or edit goes through kam-graph; the cache is bounded by edges. */
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
}
