package org.kamgraph.analytics.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.kamgraph.analytics.impact.AccessModel.Position;

class AccessModelTest {
    final AccessModel model = AccessModel.defaults();

    @Test
    void eachListingStateKeepsItsShare() {
        assertThat(model.kept(new Position(1L, false, false, false))).isEqualTo(1.00);
        assertThat(model.kept(new Position(4L, false, false, false))).isEqualTo(0.67);
        assertThat(model.kept(new Position(6L, false, false, false))).isEqualTo(0.45);
        assertThat(model.kept(new Position(3L, true, false, false))).isCloseTo(0.89 * 0.63, offset(1e-15));
        assertThat(model.kept(new Position(2L, true, true, false))).isCloseTo(0.99 * 0.63 * 0.57, offset(1e-15));
        assertThat(model.kept(new Position(null, false, true, false))).as("no tier counts as tier 1").isEqualTo(0.57);
        assertThat(model.kept(new Position(null, false, false, true))).isEqualTo(0.10);
        assertThat(model.kept(null)).as("not listed").isEqualTo(0.36);
    }

    @Test
    void anExclusionKeepsLessThanATierOneListingWhateverTheConfiguration() {
        assertThat(model.kept(new Position(null, false, false, true))).isLessThan(model.kept(new Position(1L, false, false, false)));
        assertThatThrownBy(() -> new AccessModel(new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5}, 1, 1, 0.5, 0.5))
                .hasMessageContaining("kam.market.impact.kept.excluded").hasMessageContaining("less than tier 1");
    }

    @Test
    void badSharesAreRefusedNamingTheProperty() {
        assertThatThrownBy(() -> new AccessModel(new double[] {1, 0.9, 0.95, 0.6, 0.5, 0.4}, 0.6, 0.6, 0.1, 0.3))
                .hasMessageContaining("kam.market.impact.kept.tier3").hasMessageContaining("may not keep more than tier 2");
        assertThatThrownBy(() -> new AccessModel(new double[] {1, 0.9, 0.8, 0.6, 0.5, 0.4}, 0, 0.6, 0.1, 0.3))
                .hasMessageContaining("kam.market.impact.kept.prior-auth");
        assertThatThrownBy(() -> new AccessModel(new double[] {1.2, 0.9, 0.8, 0.6, 0.5, 0.4}, 0.6, 0.6, 0.1, 0.3))
                .hasMessageContaining("kam.market.impact.kept.tier1");
        assertThatThrownBy(() -> new AccessModel(new double[] {1, 0.9}, 0.6, 0.6, 0.1, 0.3)).hasMessageContaining("six");
        assertThatThrownBy(() -> new Position(7L, false, false, false)).hasMessageContaining("between 1 and 6");
    }
}
