package org.kamgraph.cypher.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;
import org.kamgraph.cypher.GraphVersion;
import org.kamgraph.cypher.support.TestDatabases;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.neo4j.driver.Driver;

/** The same projections read in-process from the embedded harness, as the embedded mode does. */
class ProjectionInProcessTest extends ProjectionContract {
    @Override
    protected Driver driver() {
        return TestDatabases.harnessDriver();
    }

    @Override
    protected ProjectionLoader loader() {
        return new ProjectionLoader(runner, TestDatabases.harnessDatabase());
    }

    /** The kernel-API read gives what the Cypher statements give: the same vertices in the same order, the same graph. */
    @Test
    void sameProjectionAsOverTheDriver() {
        ProjectionLoader overDriver = new ProjectionLoader(runner);
        List<ProjectionSpec> specs = List.of(
                spec(new Scope.WholeGraph(), Set.of(NodeKind.PERSON, NodeKind.CLINICIAN), Set.of(RelKind.INFLUENCES), Orientation.NATURAL,
                        "strength", LocalDate.of(2026, 6, 1)),
                spec(new Scope.WholeGraph(), Set.of(), Set.of(RelKind.PART_OF, RelKind.WORKS_AT, RelKind.SITS_ON), Orientation.UNDIRECTED, null, null),
                spec(new Scope.WholeGraph(), Set.of(), Set.of(RelKind.INFLUENCES, RelKind.SITS_ON), Orientation.REVERSE, null, null),
                spec(new Scope.Territory("T-SOUTH"), Set.of(), Set.of(RelKind.PART_OF, RelKind.WORKS_AT), Orientation.NATURAL, null, null));
        for (ProjectionSpec spec : specs) {
            Projection in = loader.load(spec);
            Projection over = overDriver.load(spec);
            assertThat(in.vertexCount()).isEqualTo(over.vertexCount());
            for (int v = 0; v < in.vertexCount(); v++) {
                assertThat(List.of(in.elementId(v), in.kind(v), in.id(v), String.valueOf(in.name(v))))
                        .isEqualTo(List.of(over.elementId(v), over.kind(v), over.id(v), String.valueOf(over.name(v))));
                assertThat(in.vertex(in.kind(v), in.id(v))).isEqualTo(over.vertex(over.kind(v), over.id(v)));
                assertThat(in.covers(GraphVersion.key(in.kind(v), in.id(v)))).isTrue();
            }
            assertThat(edges(in)).isEqualTo(edges(over));
            Graph<Integer, Integer> a = in.graph();
            Graph<Integer, Integer> b = over.graph();
            assertThat(a.getType().isDirected()).isEqualTo(b.getType().isDirected());
            assertThat(a.getType().isWeighted()).isTrue();
            for (int v = 0; v < in.vertexCount(); v++) {
                assertThat(List.of(a.outDegreeOf(v), a.inDegreeOf(v), a.degreeOf(v), a.edgesOf(v).size()))
                        .isEqualTo(List.of(b.outDegreeOf(v), b.inDegreeOf(v), b.degreeOf(v), b.edgesOf(v).size()));
            }
            for (Integer e : a.edgeSet()) {
                assertThat(a.getAllEdges(a.getEdgeSource(e), a.getEdgeTarget(e))).contains(e);
            }
            assertThat(in.covers(GraphVersion.key(NodeKind.PERSON, "NOBODY"))).isFalse();
        }
    }
}
