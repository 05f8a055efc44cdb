package org.kamgraph.api.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kamgraph.api.market.FormularyImpacts.Change;
import org.kamgraph.api.market.impact.AccessModel.Position;
import org.kamgraph.cypher.BadInputException;

class FormularyImpactsTest {
    @Test
    void aChangeReplacesOnlyWhatItNames() {
        Position tier3pa = new Position(3L, true, false, false);
        assertThat(FormularyImpacts.apply(tier3pa, new Change(null, null, true, null))).isEqualTo(new Position(3L, true, true, false));
        assertThat(FormularyImpacts.apply(tier3pa, new Change(1L, false, null, false))).isEqualTo(new Position(1L, false, false, false));
        assertThat(FormularyImpacts.apply(tier3pa, new Change(null, null, null, true))).isEqualTo(new Position(null, false, false, true));
        assertThat(FormularyImpacts.apply(null, new Change(2L, null, null, null))).isEqualTo(new Position(2L, false, false, false));
        Position excluded = new Position(null, false, false, true);
        assertThat(FormularyImpacts.apply(excluded, new Change(4L, null, null, null))).as("naming a tier lists it")
                .isEqualTo(new Position(4L, false, false, false));
        assertThat(FormularyImpacts.apply(excluded, new Change(null, true, null, null))).as("still excluded").isEqualTo(excluded);
    }

    @Test
    void aTierBeyondTheOrganizationsFormularyIsRefusedWhenTheModelKnowsItsTierCount() {
        FormularyImpacts.withinFormulary(new Change(5L, null, null, null), null, "PAY-1");
        FormularyImpacts.withinFormulary(new Change(4L, null, null, null), 4L, "PAY-1");
        assertThatThrownBy(() -> FormularyImpacts.withinFormulary(new Change(5L, null, null, null), 4L, "PAY-1"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("4 tiers of PAY-1");
        assertThatThrownBy(() -> FormularyImpacts.validate(new Change(null, null, null, null))).hasMessageContaining("name what changes");
        assertThatThrownBy(() -> FormularyImpacts.validate(new Change(null, null, true, true))).hasMessageContaining("excluded: true alone");
    }
}
