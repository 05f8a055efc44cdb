package org.kamgraph.analytics.impact;

import org.kamgraph.cypher.market.ImpactQueries.ProductPrescribing;

/**
 * The settings of the formulary-impact model (api's kam.market.impact.* properties, validated there).
 *
 * @param model                the share of baseline use kept in each listing state
 * @param shiftShare           the share of spend lost that moves to named alternatives (and of spend gained drawn from them)
 * @param claimsPerPatientYear PRESCRIBES claims one patient accounts for in a year
 */
public record ImpactParameters(AccessModel model, double shiftShare, double claimsPerPatientYear) {

    /** A patient's annual cost of the product: cost per claim x claims per patient-year; null without claims. */
    public Double costPerPatient(ProductPrescribing rx) {
        return rx == null || rx.claims() <= 0 ? null : rx.claimedSpend() / rx.claims() * claimsPerPatientYear;
    }
}
