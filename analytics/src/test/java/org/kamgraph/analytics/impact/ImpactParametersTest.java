package org.kamgraph.analytics.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.kamgraph.cypher.market.ImpactQueries.ProductPrescribing;

class ImpactParametersTest {
    private final ImpactParameters parameters = new ImpactParameters(AccessModel.defaults(), 0.27, 12);

    @Test
    void aPatientCostsTheCostPerClaimTimesTheClaimsOfAYear() {
        // 1,200 claimed over 10 claims: 120 a claim; 12 claims a patient-year: 1,440 a patient.
        assertThat(parameters.costPerPatient(new ProductPrescribing(5_000, 10, 1_200))).isCloseTo(1_440, offset(1e-9));
    }

    @Test
    void withoutClaimsThePatientsCostIsUnknown() {
        assertThat(parameters.costPerPatient(new ProductPrescribing(5_000, 0, 0))).isNull();
        assertThat(parameters.costPerPatient(null)).isNull();
    }
}
