package org.kamgraph.cypher.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.jgrapht.Graph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.NotFoundException;
import org.kamgraph.cypher.ingest.CsvImporter;
import org.kamgraph.cypher.ingest.CsvSource;
import org.kamgraph.cypher.ingest.CypherGraphWriter;
import org.kamgraph.cypher.ingest.ImportOptions;
import org.kamgraph.cypher.support.Fixtures;
import org.kamgraph.cypher.support.GraphTarget;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/** Projections of the small fixture market (plus one decision) with known vertex and edge sets. */
abstract class ProjectionContract extends GraphTarget {
    ProjectionLoader loader;

    @BeforeEach
    void importFixture() throws Exception {
        CsvImporter importer = new CsvImporter(new CypherGraphWriter(runner));
        importer.run(CsvImporter.sources(List.of(Fixtures.copy("small"))), ImportOptions.defaults());
        importer.run(List.of(
                csv("Decision.csv", "id:ID(Decision),name,status\nDEC-1,Oncoria listing at Riverside,open\n"),
                csv("IN_DMU.csv", ":START_ID(Clinician),:END_ID(Decision),role\nCLN-1,DEC-1,decider\n"),
                csv("DECIDES.csv", ":START_ID(Committee),:END_ID(Decision)\nCOM-1,DEC-1\n")), ImportOptions.defaults());
        loader = loader();
    }

    /** The loader under test; over the driver by default. */
    protected ProjectionLoader loader() {
        return new ProjectionLoader(runner);
    }

    static CsvSource csv(String name, String text) {
        return CsvSource.of(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static ProjectionSpec spec(Scope scope, Set<NodeKind> kinds, Set<RelKind> rels, Orientation o, String weight, LocalDate asOf) {
        return new ProjectionSpec(scope, kinds, rels, o, weight, 1.0, asOf);
    }

    static Set<String> ids(Projection p) {
        return new TreeSet<>(IntStream.range(0, p.vertexCount()).mapToObj(p::id).toList());
    }

    static Set<String> edges(Projection p) {
        Graph<Integer, Integer> g = p.graph();
        Set<String> out = new TreeSet<>();
        for (Integer e : g.edgeSet()) {
            out.add(p.id(g.getEdgeSource(e)) + ">" + p.id(g.getEdgeTarget(e)) + ":" + g.getEdgeWeight(e));
        }
        return out;
    }

    @Test
    void influenceAmongPeopleAsStoredWeightedAndAsOfADay() {
        Set<NodeKind> people = Set.of(NodeKind.PERSON, NodeKind.CLINICIAN);
        Projection all = loader.load(spec(new Scope.WholeGraph(), people, Set.of(RelKind.INFLUENCES), Orientation.NATURAL, "strength", null));
        assertThat(ids(all)).containsExactly("CLN-1", "CLN-2", "CLN-3", "CLN-4", "PER-1");
        assertThat(edges(all)).containsExactly("CLN-1>CLN-2:0.8", "CLN-2>CLN-3:0.6", "CLN-4>CLN-1:0.3", "PER-1>CLN-1:0.5");
        assertThat(all.graph().getType().isDirected()).isTrue();

        Projection now = loader.load(spec(new Scope.WholeGraph(), people, Set.of(RelKind.INFLUENCES), Orientation.REVERSE, null,
                LocalDate.of(2026, 6, 1)));
        assertThat(edges(now)).containsExactly("CLN-1>PER-1:1.0", "CLN-2>CLN-1:1.0", "CLN-3>CLN-2:1.0");
        assertThat(now.vertex(NodeKind.PERSON, "CLN-1")).isPresent();
        assertThat(now.vertex(NodeKind.HOSPITAL, "CLN-1")).isEmpty();

        Projection undirected = loader.load(spec(new Scope.WholeGraph(), people, Set.of(RelKind.INFLUENCES), Orientation.UNDIRECTED, null, null));
        assertThat(undirected.graph().getType().isUndirected()).isTrue();
        assertThat(undirected.edgeCount()).isEqualTo(4);
    }

    @Test
    void someKindsReadAgainstTheOrientation() {
        // Influence reversed (who influences whom becomes whom to ask), seats as stored: every edge points to an influencer's side.
        Projection p = loader.load(new ProjectionSpec(new Scope.WholeGraph(), Set.of(NodeKind.PERSON, NodeKind.CLINICIAN, NodeKind.COMMITTEE),
                Set.of(RelKind.INFLUENCES, RelKind.SITS_ON), Orientation.NATURAL, "strength", 0.5, null, Set.of(RelKind.INFLUENCES)));
        assertThat(edges(p)).containsExactly("CLN-1>CLN-4:0.3", "CLN-1>COM-1:0.5", "CLN-1>PER-1:0.5", "CLN-2>CLN-1:0.8",
                "CLN-3>CLN-2:0.6", "CLN-3>COM-1:0.5");
        Projection reversed = loader.load(new ProjectionSpec(new Scope.WholeGraph(), Set.of(NodeKind.PERSON, NodeKind.CLINICIAN, NodeKind.COMMITTEE),
                Set.of(RelKind.INFLUENCES, RelKind.SITS_ON), Orientation.REVERSE, "strength", 0.5, null, Set.of(RelKind.INFLUENCES)));
        assertThat(edges(reversed)).contains("CLN-1>CLN-2:0.8", "COM-1>CLN-1:0.5");
        assertThatThrownBy(() -> new ProjectionSpec(new Scope.WholeGraph(), Set.of(), Set.of(RelKind.SITS_ON), Orientation.NATURAL,
                null, 1.0, null, Set.of(RelKind.INFLUENCES))).isInstanceOf(BadInputException.class).hasMessageContaining("reversedKinds");
    }

    @Test
    void anAccountAndEverythingUnderIt() {
        Projection p = loader.load(spec(new Scope.Account(NodeKind.IDN, "IDN-1"), Set.of(),
                Set.of(RelKind.PART_OF, RelKind.WORKS_AT, RelKind.SITS_ON), Orientation.NATURAL, null, LocalDate.of(2026, 6, 1)));
        assertThat(ids(p)).containsExactly("CLN-1", "CLN-2", "CLN-3", "COM-1", "DEP-1", "DEP-2", "HOS-1", "HOS-2", "IDN-1", "PER-1");
        // CLN-2's position that ended in 2019 is not an edge on that day; the current one is.
        assertThat(edges(p)).containsExactly("CLN-1>COM-1:1.0", "CLN-1>HOS-1:1.0", "CLN-2>HOS-1:1.0", "CLN-3>COM-1:1.0",
                "CLN-3>HOS-1:1.0", "COM-1>IDN-1:1.0", "DEP-1>HOS-1:1.0", "DEP-2>HOS-1:1.0", "HOS-1>IDN-1:1.0", "HOS-2>IDN-1:1.0",
                "PER-1>IDN-1:1.0");
    }

    @Test
    void aTerritoryAndADecisionNeighbourhood() {
        Projection south = loader.load(spec(new Scope.Territory("T-SOUTH"), Set.of(), Set.of(RelKind.PART_OF, RelKind.WORKS_AT),
                Orientation.NATURAL, null, null));
        assertThat(ids(south)).containsExactly("CLN-4", "HOS-3", "IDN-2");
        assertThat(edges(south)).containsExactly("CLN-4>HOS-3:1.0", "HOS-3>IDN-2:1.0");

        Projection decision = loader.load(spec(new Scope.Decision("DEC-1", 1), Set.of(), Set.of(RelKind.INFLUENCES, RelKind.SITS_ON),
                Orientation.NATURAL, null, null));
        assertThat(ids(decision)).containsExactly("CLN-1", "CLN-2", "CLN-3", "CLN-4", "COM-1", "DEC-1", "PER-1");
        Projection seedsOnly = loader.load(spec(new Scope.Decision("DEC-1", 0), Set.of(), Set.of(RelKind.INFLUENCES),
                Orientation.NATURAL, null, null));
        assertThat(ids(seedsOnly)).containsExactly("CLN-1", "COM-1", "DEC-1");
        assertThat(seedsOnly.edgeCount()).isZero();
        Projection nothing = loader.load(spec(new Scope.Territory("T-NOWHERE"), Set.of(), Set.of(RelKind.PART_OF), null, null, null));
        assertThat(nothing.vertexCount()).isZero();
    }

    @Test
    void badSpecificationsNameTheArgument() {
        assertThatThrownBy(() -> spec(new Scope.WholeGraph(), Set.of(), Set.of(), null, null, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("relationshipKinds");
        assertThatThrownBy(() -> spec(new Scope.WholeGraph(), Set.of(), Set.of(RelKind.INFLUENCES), null, "basis", null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not numeric");
        assertThatThrownBy(() -> spec(new Scope.Decision("DEC-1", 9), Set.of(), Set.of(RelKind.INFLUENCES), null, null, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("depth");
        assertThatThrownBy(() -> loader.load(spec(new Scope.Account(NodeKind.IDN, "IDN-404"), Set.of(), Set.of(RelKind.PART_OF), null, null, null)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("IDN-404");
        assertThatThrownBy(() -> loader.load(spec(new Scope.Decision("DEC-404", 1), Set.of(), Set.of(RelKind.INFLUENCES), null, null, null)))
                .isInstanceOf(NotFoundException.class);
    }
}
