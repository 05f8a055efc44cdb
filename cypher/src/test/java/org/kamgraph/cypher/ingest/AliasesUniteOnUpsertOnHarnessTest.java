package org.kamgraph.cypher.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kamgraph.cypher.ingest.GraphWriter.NodeRow;
import org.kamgraph.cypher.support.GraphTarget;
import org.kamgraph.cypher.support.TestDatabases;
import org.kamgraph.model.NodeKind;
import org.neo4j.driver.Driver;

/**
 * A node matched by a second system keeps the first system's id: upserts unite {@code aliases} (both writers), and
 * every other property is replaced as before.
 */
class AliasesUniteOnUpsertOnHarnessTest extends GraphTarget {

    @Override
    protected Driver driver() {
        return TestDatabases.harnessDriver();
    }

    private GraphWriter writer(String which) {
        return which.equals("embedded") ? new EmbeddedGraphWriter(TestDatabases.harnessDatabase()) : new CypherGraphWriter(runner);
    }

    private static NodeRow larsen(String name, String aliases) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("id", "NPI-1100000011");
        props.put("name", name);
        if (aliases != null) {
            props.put("aliases", aliases);
        }
        return new NodeRow("NPI-1100000011", props);
    }

    private String aliases() {
        return runner.read("MATCH (c:Clinician {id: 'NPI-1100000011'}) RETURN c.aliases AS a, c.name AS n", Map.of(),
                r -> r.get("a").asString() + " | " + r.get("n").asString()).getFirst();
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "cypher"})
    void aliasesAreUnitedAndOtherPropertiesReplaced(String which) {
        GraphWriter w = writer(which);
        w.writeNodes(NodeKind.CLINICIAN, List.of(larsen("Ada Larsen, MD", "veeva:001A")), true);

        w.writeNodes(NodeKind.CLINICIAN, List.of(larsen("Ada Larsen", "salesforce:003B;veeva:001A")), false);
        assertThat(aliases()).isEqualTo("veeva:001A;salesforce:003B | Ada Larsen");

        // A row without aliases keeps them; the same alias twice is kept once.
        w.writeNodes(NodeKind.CLINICIAN, List.of(larsen("Ada Larsen, MD", null)), false);
        w.writeNodes(NodeKind.CLINICIAN, List.of(larsen("Ada Larsen, MD", "veeva:001A")), false);
        assertThat(aliases()).isEqualTo("veeva:001A;salesforce:003B | Ada Larsen, MD");
    }
}
