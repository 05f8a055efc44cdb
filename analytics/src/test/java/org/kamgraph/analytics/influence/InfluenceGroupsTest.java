package org.kamgraph.analytics.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.analytics.fixtures.TextMarket;
import org.kamgraph.analytics.influence.InfluenceViews.Group;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.projection.Projection;

/**
 * Two circles of influence joined by one arc (Cy influences Di), and a loner. Taken as undirected: 7 edges, two
 * communities of 3 internal edges and degree sum 7 each, so modularity 2 (3/7 − (7/14)²) = 0.357143. The loner is
 * unconnected and alone (below the minimum size 2). The bridge's ends lead: with arcs turned toward influencers, Di
 * (influencing Fay and Cy) gathers the most of its circle, Cy the most of the other (Di's half flows into it).
 */
class InfluenceGroupsTest {
    private final Projection p = TextMarket.directed("""
            Person PER-A Al
            Person PER-B Bo
            Person PER-C Cy
            Person PER-D Di
            Person PER-E Ed
            Person PER-F Fay
            Person PER-G Gus   # the loner
            PER-A -> PER-B
            PER-B -> PER-C
            PER-C -> PER-A
            PER-D -> PER-E
            PER-E -> PER-F
            PER-F -> PER-D
            PER-C -> PER-D
            """);

    @Test
    void communitiesLedByTheirMostInfluentialMember() {
        InfluenceGroups groups = InfluenceGroups.of(p, CompactGraph.of(p.graph()), InfluenceGroups.Method.GREEDY_MODULARITY, 2, 42);
        assertThat(groups.people()).isEqualTo(7);
        assertThat(groups.unconnected()).isEqualTo(1);
        assertThat(groups.modularity()).isCloseTo(2 * (3.0 / 7 - 0.25), within(1e-9));
        assertThat(groups.groups()).hasSize(2);
        Group withAl = groups.groups().stream().filter(g -> g.members().stream().anyMatch(m -> m.person().id().equals("PER-A")))
                .findFirst().orElseThrow();
        Group withEd = groups.groups().stream().filter(g -> g != withAl).findFirst().orElseThrow();
        assertThat(withAl.size()).isEqualTo(3);
        assertThat(withAl.leader().id()).isEqualTo("PER-C");
        assertThat(withAl.internalEdges()).isEqualTo(3);
        assertThat(withAl.externalEdges()).isEqualTo(1); // Cy → Di leaves
        assertThat(withEd.leader().id()).isEqualTo("PER-D");
        assertThat(withEd.internalEdges()).isEqualTo(3);
        assertThat(withEd.externalEdges()).isEqualTo(1); // Cy → Di enters
        assertThat(withEd.members().stream().map(m -> m.person().id())).containsExactly("PER-D", "PER-E", "PER-F");
    }

    @Test
    void aGroupNeedsAtLeastOnePerson() {
        assertThatThrownBy(() -> InfluenceGroups.checkMinSize(0)).isInstanceOf(BadInputException.class).hasMessageContaining("minSize");
        InfluenceGroups all = InfluenceGroups.of(p, CompactGraph.of(p.graph()), InfluenceGroups.Method.GREEDY_MODULARITY, 1, 42);
        assertThat(all.groups()).hasSize(3); // the loner is a group of one
    }
}
