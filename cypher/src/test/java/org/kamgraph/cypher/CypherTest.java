package org.kamgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CypherTest {

    @Test
    void fragmentsAreIncludedOnceWrittenAndAppliedToTheNamedVariable() {
        String neighbours = Cypher.load("neighbours");
        assertThat(neighbours).doesNotContain("{{include").doesNotContain("_v_")
                .contains("m:Product OR m.territory IN $scope").contains("(m)-[:AT|MILESTONE_OF|WORKS_AT|SITS_ON|MEMBER_OF|PART_OF]->{1,2}");
        assertThat(Cypher.load("search-nodes")).contains("node:Product OR node.territory IN $scope");
        // The set form and the counts share the index-driven listing of visible nodes.
        String set = Cypher.load("fragment-visible-nodes");
        assertThat(Cypher.load("visible-nodes")).startsWith(set);
        assertThat(Cypher.load("count-visible")).startsWith(set).contains("WHERE ($scope IS NULL OR m:Product");
    }

    @Test
    void statementsWithLabelsWrittenOutNameEveryKind() {
        String any = Cypher.load("node-exists-any-kind");
        for (org.kamgraph.model.NodeKind kind : org.kamgraph.model.NodeKind.values()) {
            assertThat(any).as(kind.label()).contains("(n:" + kind.label() + " {id: $id})");
        }
        assertThat(Cypher.forKind("count-kind", org.kamgraph.model.NodeKind.CLINICIAN)).contains("(n:`Clinician`)");
        assertThat(Cypher.forType("count-type", org.kamgraph.model.RelKind.INFLUENCES)).contains("[r:`INFLUENCES`]");
    }

    @Test
    void pairParametersNameEachPairsEndsAndTheKindsByType() {
        var p = Cypher.pairParameters(java.util.List.of(java.util.Map.entry("4:a", "4:b")),
                java.util.Set.of(org.kamgraph.model.RelKind.INFLUENCES), java.time.LocalDate.of(2026, 1, 1));
        p.put("extra", 1);

        assertThat(p).containsEntry("pairs", java.util.List.of(java.util.Map.of("a", "4:a", "b", "4:b")))
                .containsEntry("types", java.util.List.of("INFLUENCES")).containsEntry("asOf", java.time.LocalDate.of(2026, 1, 1));
    }
}
