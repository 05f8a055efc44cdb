package org.kamgraph.algorithms.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LengthTransformTest {

    @Test
    void lengths() {
        assertThat(LengthTransform.NONE.length(0, 1, 7.5)).isEqualTo(1);
        assertThat(LengthTransform.NONE.length(0, 1, Double.NaN)).isEqualTo(1);
        assertThat(LengthTransform.IDENTITY.length(0, 1, 7.5)).isEqualTo(7.5);
        assertThat(LengthTransform.IDENTITY.length(0, 1, 0)).isEqualTo(0);
        assertThat(LengthTransform.INVERSE.length(0, 1, 4)).isEqualTo(0.25);
        assertThat(LengthTransform.NEG_LOG.length(0, 1, 0.5)).isEqualTo(StrictMath.log(2));
        assertThat(LengthTransform.NEG_LOG.length(0, 1, 1)).isEqualTo(0.0).isNotNegative();
        assertThat(LengthTransform.NONE.isWeighted()).isFalse();
        assertThat(LengthTransform.NEG_LOG.isWeighted()).isTrue();
    }

    @Test
    void theMostProbableChainIsTheShortest() {
        // 0.9 · 0.9 = 0.81 > 0.8: two likely hops beat one less likely hop
        double twoHops = LengthTransform.NEG_LOG.length(0, 1, 0.9) + LengthTransform.NEG_LOG.length(1, 2, 0.9);
        assertThat(twoHops).isLessThan(LengthTransform.NEG_LOG.length(0, 2, 0.8));
    }

    @Test
    void rejectsWeightsOutsideTheDomainNamingTheEdgeAndWeight() {
        assertInvalid(LengthTransform.IDENTITY, -1, "IDENTITY");
        assertInvalid(LengthTransform.IDENTITY, Double.NaN, "NaN");
        assertInvalid(LengthTransform.IDENTITY, Double.POSITIVE_INFINITY, "Infinity");
        assertInvalid(LengthTransform.INVERSE, 0, "INVERSE");
        assertInvalid(LengthTransform.INVERSE, -3, "-3.0");
        assertInvalid(LengthTransform.INVERSE, Double.MIN_VALUE, "INVERSE");
        assertInvalid(LengthTransform.NEG_LOG, 0, "NEG_LOG");
        assertInvalid(LengthTransform.NEG_LOG, 1.25, "1.25");
        assertInvalid(LengthTransform.NEG_LOG, Double.NaN, "NaN");
    }

    private static void assertInvalid(LengthTransform t, double weight, String mentioned) {
        assertThatThrownBy(() -> t.length(3, 8, weight))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(3, 8)")
                .hasMessageContaining(String.valueOf(weight))
                .hasMessageContaining(mentioned);
    }
}
