package org.kamgraph.analytics.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.kamgraph.algorithms.CompactGraph;
import org.junit.jupiter.api.Test;
import org.kamgraph.analytics.fixtures.TextMarket;
import org.kamgraph.cypher.projection.Projection;

/**
 * A five-person DMU around one decision, its arcs u → v meaning "v has a say over u" (as
 * {@code InfluenceProjections.towardInfluencers} reads them), ranked by personalized PageRank teleporting to the
 * decision (d = 0.85, the dangling mass of C, E and F goes back to the decision, as in networkx).
 * <pre>
 * out-weights normalized: D → A 0.5, D → B 0.5; A → C 1; B → C 0.5, B → E 0.5; C, E, F dangling
 * x_A = x_B = 0.85 · 0.5 · x_D                      = 0.425 x_D
 * x_C = 0.85 (x_A + 0.5 x_B) = 0.85 · 0.6375 x_D    = 0.541875 x_D
 * x_E = 0.85 · 0.5 · x_B                            = 0.180625 x_D
 * x_D = 0.15 + 0.85 (x_C + x_E)  ⇒  x_D = 0.15 / (1 − 0.85 · 0.7225) = 0.15 / 0.385875 = 0.388727
 * so C = 0.210641, A = B = 0.165209 (a tie: both rank 2, A first by id), E = 0.070214, F = 0 (rank 5)
 * </pre>
 */
class InfluenceRankingTest {
    static final String DMU = """
            Decision D-1  Formulary listing
            Person   PER-A Ann    # decider
            Person   PER-B Ben    # decider
            Clinician CLN-C Dr Cy # influences Ann fully, Ben half
            Person   PER-E Eve    # influences Ben half
            Person   PER-F Fay    # nobody's influencer
            D-1   -> PER-A 0.5
            D-1   -> PER-B 0.5
            PER-A -> CLN-C 1.0
            PER-B -> CLN-C 0.5
            PER-B -> PER-E 0.5
            """;

    private final Projection p = TextMarket.directed(DMU);
    private final InfluenceRanking r = new InfluenceRanking(p, CompactGraph.of(p.graph()), new int[] {0}, InfluenceOptions.DEFAULTS);

    @Test
    void ranksPeopleByPersonalizedPageRankTiesSharingARank() {
        assertThat(ids(r.people())).containsExactly("CLN-C", "PER-A", "PER-B", "PER-E", "PER-F");
        assertThat(r.scores()[0]).isCloseTo(0.388727, within(1e-4));
        assertThat(r.scores()[3]).isCloseTo(0.210641, within(1e-4));
        assertThat(r.scores()[1]).isCloseTo(0.165209, within(1e-4));
        assertThat(r.scores()[4]).isCloseTo(0.070214, within(1e-4));
        assertThat(r.scores()[5]).isCloseTo(0.0, within(1e-4));
        assertThat(r.rank()).containsExactly(0, 2, 2, 1, 4, 5); // the decision is no person: rank 0
        assertThat(r.convergence().converged()).isTrue();
    }

    @Test
    void theStrongestChainRunsFromThePersonToTheSeedInTheDirectionInfluenceTravels() {
        // C over A (1.0), A over the decision (0.5): strength 0.5, stronger than C over B over it (0.5 · 0.5 = 0.25).
        assertThat(r.chains(3, 1)).containsExactly(List.of(new Step(3, 1, 1.0, true), new Step(1, 0, 0.5, true)));
        assertThat(r.chains(3, 2)).containsExactly(
                List.of(new Step(3, 1, 1.0, true), new Step(1, 0, 0.5, true)),
                List.of(new Step(3, 2, 0.5, true), new Step(2, 0, 0.5, true)));
        assertThat(Chains.strength(r.chains(4, 1).getFirst())).isEqualTo(0.25); // Eve over Ben over the decision
        assertThat(r.chains(5, 1)).isEmpty(); // Fay reaches no seed
        assertThat(r.chains(0, 1)).isEmpty(); // a seed itself has no chain
        assertThat(r.chains(3, 0)).isEmpty();
    }

    @Test
    void anAccountsSeedsAreItsCommitteesAndDecisions() {
        Projection account = TextMarket.directed("""
                Person    PER-1 Jo
                Committee COM-1 P&T
                Decision  D-1   Listing
                """);
        assertThat(InfluenceRanking.accountSeeds(account)).containsExactly(1, 2);
    }

    private String[] ids(int[] vertices) {
        return Arrays.stream(vertices).mapToObj(p::id).toArray(String[]::new);
    }
}
