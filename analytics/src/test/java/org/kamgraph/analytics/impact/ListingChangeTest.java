package org.kamgraph.analytics.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kamgraph.analytics.impact.AccessModel.Position;
import org.kamgraph.cypher.BadInputException;

class ListingChangeTest {
    @Test
    void aChangeReplacesOnlyWhatItNames() {
        Position tier3pa = new Position(3L, true, false, false);
        assertThat(new ListingChange(null, null, true, null).apply(tier3pa)).isEqualTo(new Position(3L, true, true, false));
        assertThat(new ListingChange(1L, false, null, false).apply(tier3pa)).isEqualTo(new Position(1L, false, false, false));
        assertThat(new ListingChange(null, null, null, true).apply(tier3pa)).isEqualTo(new Position(null, false, false, true));
        assertThat(new ListingChange(2L, null, null, null).apply(null)).isEqualTo(new Position(2L, false, false, false));
        Position excluded = new Position(null, false, false, true);
        assertThat(new ListingChange(4L, null, null, null).apply(excluded)).as("naming a tier lists it")
                .isEqualTo(new Position(4L, false, false, false));
        assertThat(new ListingChange(null, true, null, null).apply(excluded)).as("still excluded").isEqualTo(excluded);
    }

    @Test
    void aTierBeyondTheOrganizationsFormularyIsRefusedWhenTheModelKnowsItsTierCount() {
        new ListingChange(5L, null, null, null).withinFormulary(null, "PAY-1");
        new ListingChange(4L, null, null, null).withinFormulary(4L, "PAY-1");
        assertThatThrownBy(() -> new ListingChange(5L, null, null, null).withinFormulary(4L, "PAY-1"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("4 tiers of PAY-1");
        assertThatThrownBy(() -> new ListingChange(null, null, null, null).validate()).hasMessageContaining("name what changes");
        assertThatThrownBy(() -> new ListingChange(null, null, true, true).validate()).hasMessageContaining("excluded: true alone");
    }

    @Test
    void aStoredListingBecomesAPositionWithinTheModelsTiers() {
        assertThat(ListingChange.position(9L, true, null, false)).isEqualTo(new Position(6L, true, false, false));
        assertThat(ListingChange.position(0L, null, true, null)).isEqualTo(new Position(1L, false, true, false));
        assertThat(ListingChange.position(2L, true, true, true)).as("an exclusion drops the rest")
                .isEqualTo(new Position(null, false, false, true));
    }
}
