package org.kamgraph.cypher.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kamgraph.cypher.ingest.GraphWriter.NodeRow;
import org.kamgraph.cypher.ingest.GraphWriter.RelRow;
import org.kamgraph.cypher.support.GraphTarget;
import org.kamgraph.cypher.support.TestDatabases;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.neo4j.driver.Driver;

/**
 * The identity of a relationship includes its side: inferred ({@code source = 'inferred'}) or entered (a user, the CRM,
 * a file). An INFLUENCES imported from a CSV with the start, end and validFrom of an inferred edge does not overwrite
 * it, nor the reverse: both remain (both writers).
 */
class InferredAndEnteredInfluencesOnHarnessTest extends GraphTarget {
    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);

    @Override
    protected Driver driver() {
        return TestDatabases.harnessDriver();
    }

    private GraphWriter writer(String which) {
        return which.equals("embedded") ? new EmbeddedGraphWriter(TestDatabases.harnessDatabase()) : new CypherGraphWriter(runner);
    }

    private static NodeRow clinician(String id) {
        return new NodeRow(id, Map.of("id", id, "name", id));
    }

    private static RelRow influences(String source, double strength) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("strength", strength);
        props.put("validFrom", FROM);
        if (source != null) {
            props.put("source", source);
        }
        return new RelRow("NPI-1100000011", "NPI-1100000037", props);
    }

    private List<String> edges() {
        return runner.read("""
                MATCH (:Clinician {id: 'NPI-1100000011'})-[r:INFLUENCES]->(:Clinician {id: 'NPI-1100000037'})
                RETURN coalesce(r.source, '-') + ' ' + r.strength AS e ORDER BY e""", Map.of(), r -> r.get("e").asString());
    }

    private void write(GraphWriter w, RelRow row, boolean create) {
        w.writeRelationships(RelKind.INFLUENCES, NodeKind.CLINICIAN, NodeKind.CLINICIAN, List.of(row), create);
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "cypher"})
    void anEnteredRowWithTheIdentityOfAnInferredEdgeLeavesItAndAddsItsOwn(String which) {
        GraphWriter w = writer(which);
        w.writeNodes(NodeKind.CLINICIAN, List.of(clinician("NPI-1100000011"), clinician("NPI-1100000037")), true);
        write(w, influences("inferred", 0.64375), true);

        write(w, influences(null, 0.9), false); // a CSV row in our dialect, no source column
        assertThat(edges()).containsExactly("- 0.9", "inferred 0.64375");

        write(w, influences("veeva-crm", 0.8), false); // entered again (another source): the entered edge is updated
        assertThat(edges()).containsExactly("inferred 0.64375", "veeva-crm 0.8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "cypher"})
    void anInferredRowWithTheIdentityOfAnEnteredEdgeLeavesItAndAddsItsOwn(String which) {
        GraphWriter w = writer(which);
        w.writeNodes(NodeKind.CLINICIAN, List.of(clinician("NPI-1100000011"), clinician("NPI-1100000037")), true);
        write(w, influences("veeva-crm", 0.8), false);

        write(w, influences("inferred", 0.64375), false);
        assertThat(edges()).containsExactly("inferred 0.64375", "veeva-crm 0.8");

        write(w, influences("inferred", 0.5), false); // the inferred side again: the inferred edge is updated
        assertThat(edges()).containsExactly("inferred 0.5", "veeva-crm 0.8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "cypher"})
    void bothSidesInOneBatchAreTwoEdges(String which) {
        GraphWriter w = writer(which);
        w.writeNodes(NodeKind.CLINICIAN, List.of(clinician("NPI-1100000011"), clinician("NPI-1100000037")), true);
        w.writeRelationships(RelKind.INFLUENCES, NodeKind.CLINICIAN, NodeKind.CLINICIAN,
                List.of(influences("inferred", 0.64375), influences(null, 0.9)), false);
        assertThat(edges()).containsExactly("- 0.9", "inferred 0.64375");
    }
}
