package org.kamgraph.analytics.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.analytics.fixtures.TextMarket;
import org.kamgraph.cypher.BadInputException;

class BrokerScoresTest {

    @Test
    void theMiddleOfAChainBrokersEverythingAndGuardsTheGate() {
        // A → B → C: only the pair (A, C) goes through someone, B. Normalized by (n−1)(n−2) = 2 ordered pairs: 0.5.
        var p = TextMarket.directed("""
                Person PER-A Al
                Person PER-B Bo
                Person PER-C Cy
                PER-A -> PER-B 0.8
                PER-B -> PER-C 0.8
                """);
        BrokerScores b = BrokerScores.of(CompactGraph.of(p.graph()), BrokerScores.Plan.of(3, null, 100), 42);
        assertThat(b.scores()[0]).isZero();
        assertThat(b.scores()[1]).isCloseTo(0.5, within(1e-12));
        assertThat(b.scores()[2]).isZero();
        assertThat(b.cut()).containsExactly(false, true, false);
        assertThat(b.errorBound()).isNull();
    }

    @Test
    void exactUpToTheLimitSampledAboveOrWhenAsked() {
        assertThat(BrokerScores.Plan.of(10, null, 10)).isEqualTo(new BrokerScores.Plan(false, 10));
        assertThat(BrokerScores.Plan.of(11, null, 10)).isEqualTo(new BrokerScores.Plan(true, 11));
        assertThat(BrokerScores.Plan.of(900, null, 10)).isEqualTo(new BrokerScores.Plan(true, BrokerScores.DEFAULT_SAMPLES));
        assertThat(BrokerScores.Plan.of(10, 3, 100)).isEqualTo(new BrokerScores.Plan(true, 3));
        assertThatThrownBy(() -> BrokerScores.Plan.of(10, 11, 100)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("10 people");
        assertThatThrownBy(() -> BrokerScores.Plan.of(10, 0, 100)).isInstanceOf(BadInputException.class);
    }
}
