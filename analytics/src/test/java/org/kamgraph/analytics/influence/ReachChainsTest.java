package org.kamgraph.analytics.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.paths.KShortestPaths;
import org.kamgraph.algorithms.paths.LengthTransform;
import org.kamgraph.analytics.fixtures.TextMarket;
import org.kamgraph.cypher.NotFoundException;
import org.kamgraph.cypher.projection.Projection;

/**
 * Our team reaching Cy: through Al (0.9 · 0.5 = 0.45) or through Bo (0.6 · 0.9 = 0.54); the strongest first.
 */
class ReachChainsTest {
    private final Projection p = TextMarket.directed("""
            TeamMember TM-1  Tess
            Person     PER-A Al
            Person     PER-B Bo
            Person     PER-C Cy
            TM-1  -> PER-A 0.9
            PER-A -> PER-C 0.5
            TM-1  -> PER-B 0.6
            PER-B -> PER-C 0.9
            """);
    private final CompactGraph g = CompactGraph.of(p.graph());
    private final KShortestPaths search = new KShortestPaths(g, LengthTransform.NEG_LOG);

    @Test
    void theStrongestChainsFromTheTeamInOrder() {
        int cy = ReachChains.target(p, "PER-C", LocalDate.of(2026, 1, 1));
        List<List<Step>> chains = ReachChains.strongest(g, search, ReachChains.sources(p, null), cy, 2, 6);
        assertThat(chains).containsExactly(
                List.of(new Step(0, 2, 0.6, false), new Step(2, 3, 0.9, false)),
                List.of(new Step(0, 1, 0.9, false), new Step(1, 3, 0.5, false)));
        assertThat(chains.stream().map(Chains::strength)).containsExactly(0.54, 0.45);
        assertThat(ReachChains.strongest(g, search, List.of(0), cy, 5, 1)).isEmpty(); // no one-hop chain
        assertThat(ReachChains.strongest(g, search, List.of(), cy, 5, 6)).isEmpty();
        assertThat(ReachChains.strongest(g, search, List.of(0), 0, 5, 6)).isEmpty(); // the team itself: no chain
    }

    @Test
    void unknownPeopleAreNamed() {
        assertThat(ReachChains.sources(p, List.of("TM-1"))).containsExactly(0);
        assertThatThrownBy(() -> ReachChains.sources(p, List.of("TM-9"))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("TM-9");
        assertThatThrownBy(() -> ReachChains.target(p, "PER-Z", LocalDate.of(2026, 1, 1))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("PER-Z");
    }
}
