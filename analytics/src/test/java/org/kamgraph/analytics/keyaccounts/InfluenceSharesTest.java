package org.kamgraph.analytics.keyaccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.kamgraph.analytics.fixtures.TextMarket;
import org.junit.jupiter.api.Test;

class InfluenceSharesTest {

    /** A cycle of three people is symmetric: each holds 1/3 of the people's influence; the hospital is no person. */
    @Test
    void aCycleSharesEqually() {
        Map<String, Double> s = InfluenceShares.of(TextMarket.directed("""
                Clinician CLN-1 Ada
                Clinician CLN-2 Bo
                Person    PER-3 Cy
                Hospital  HOS-1 General
                CLN-1 -> CLN-2
                CLN-2 -> PER-3
                PER-3 -> CLN-1
                """));
        assertThat(s).containsOnlyKeys("CLN-1", "CLN-2", "PER-3");
        s.values().forEach(v -> assertThat(v).isCloseTo(1.0 / 3, within(1e-6)));
    }

    /** Everyone points at CLN-1: it holds the largest share; shares add up to 1; a strength-0 arc carries nothing. */
    @Test
    void theOnePointedAtHoldsMost() {
        Map<String, Double> s = InfluenceShares.of(TextMarket.directed("""
                Clinician CLN-1 Ada
                Clinician CLN-2 Bo
                Clinician CLN-3 Cy
                CLN-2 -> CLN-1
                CLN-3 -> CLN-1
                CLN-1 -> CLN-2 0
                """));
        assertThat(s.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(s.get("CLN-1")).isGreaterThan(s.get("CLN-2")).isGreaterThan(0.5);
        assertThat(s.get("CLN-2")).isCloseTo(s.get("CLN-3"), within(1e-12));
    }

    @Test
    void anEmptyNetworkHasNoShares() {
        assertThat(InfluenceShares.of(TextMarket.directed(""))).isEmpty();
    }
}
