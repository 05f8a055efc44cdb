package org.kamgraph.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamgraph.analytics.impact.AccessModel;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** kam.market.impact.* binds to the documented defaults, can be changed, and refuses a model that makes no sense. */
class ImpactPropertiesTest {
    static ImpactProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("kam.market.impact", ImpactProperties.class);
    }

    @Test
    void theDefaultsAreTheDocumentedModel() {
        ImpactProperties p = bind(Map.of());
        assertThat(p.model()).isEqualTo(AccessModel.defaults());
        assertThat(p.shiftToAlternatives()).isEqualTo(0.27);
        assertThat(p.claimsPerPatientYear()).isEqualTo(12);
    }

    @Test
    void eachShareCanBeSet() {
        ImpactProperties p = bind(Map.of("kam.market.impact.kept.excluded", "0.2", "kam.market.impact.kept.prior-auth", "0.5",
                "kam.market.impact.shift-to-alternatives", "0.6", "kam.market.impact.claims-per-patient-year", "9"));
        assertThat(p.model().excluded()).isEqualTo(0.2);
        assertThat(p.model().priorAuth()).isEqualTo(0.5);
        assertThat(p.model().tiers()[3]).isEqualTo(0.67);
        assertThat(p.shiftToAlternatives()).isEqualTo(0.6);
        assertThat(p.claimsPerPatientYear()).isEqualTo(9);
    }

    @Test
    void aModelThatMakesNoSenseIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> bind(Map.of("kam.market.impact.kept.excluded", "1.0")).model())
                .hasMessageContaining("kam.market.impact.kept.excluded");
        assertThatThrownBy(() -> bind(Map.of("kam.market.impact.shift-to-alternatives", "1.5")))
                .hasStackTraceContaining("kam.market.impact.shift-to-alternatives");
    }
}
