package org.kamgraph.api.config;

import org.kamgraph.analytics.impact.AccessModel;
import org.kamgraph.analytics.impact.ImpactParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The formulary-impact model ({@code kam.market.impact.*}); docs/MARKET_ACCESS.md ("Formulary impact as spend at risk") explains it. Defaults and
 * their sources:
 * <ul>
 * <li>Tiers keep {@code (1 - a(cost)) / (1 - a(tier 1))} of use, where {@code a} is the share of new prescriptions
 * abandoned at the pharmacy at the tier's typical out-of-pocket cost. Costs: KFF/HRET Employer Health Benefits Survey
 * 2017, average copays $11 (tier 1), $33 (tier 2), $59 (tier 3), $110 (tier 4); tiers 5 and 6 are specialty tiers
 * (average copay $101 or coinsurance 27%, i.e. well over $125, and over $500 for a coinsurance on a specialty list
 * price). Abandonment: IQVIA Institute, "Medicine Spending and Affordability in the U.S." (2020, 2019 data) 5% at $0,
 * 45% over $125, 60% over $500; IQVIA Institute 2018 (2017 data, via PhRMA) 11% under $30. Tiers 2-4 interpolate
 * linearly between $30 (11%) and $125 (45%): 12%, 21%, 40%. Tier 5 uses 45%, tier 6 60%.</li>
 * <li>Prior authorization keeps 0.63: CoverMyMeds ePA National Adoption Scorecard 2018/2019, about 36-37% of
 * prescriptions rejected at the pharmacy for prior authorization are abandoned.</li>
 * <li>Step therapy keeps 0.57: IQVIA, "The Impact of Formulary Controls on Commercially Insured Patients in Five
 * Chronic Therapeutic Areas" (2025): 20-67% of patients denied coverage of a brand had no approval a year later
 * (midpoint 43.5%). The least certain default: a DoD study (Sohl, UT Austin) finds 15.1% of patients untreated after a
 * step-therapy rejection; the rest of the loss is patients kept on the first-line drug.</li>
 * <li>An exclusion keeps 0.10: an excluded product is rejected at the pharmacy and paid only on a medical-necessity
 * exception (MMIT, "What's the difference between formulary exceptions and exclusions?"); no published exception rate
 * was found, so 0.10 is a judgement below every listed state. Set it from the payer's own exception data.</li>
 * <li>Not listed keeps 0.36: MMIT reports about 75% of formularies are open, where an unlisted drug is processed at the
 * highest copay tier (0.45), and the rest closed, where it is treated like an exclusion (0.10): 0.75 x 0.45 + 0.25 x
 * 0.10.</li>
 * <li>27% of the spend lost shifts to alternatives: the same IQVIA 2025 paper finds 64-82% of patients who could not
 * overcome a rejection started no treatment in the area within a year (18-36% started an alternative; midpoint 27%);
 * IQVIA (via PhRMA) also finds most patients who abandon a new prescription fill none within three months.</li>
 * <li>12 claims per patient-year: a patient on continuous therapy fills twelve 30-day prescriptions a year. Real
 * persistence is lower, so patients affected is a lower bound.</li>
 * </ul>
 *
 * @param kept                  share of baseline use kept in each listing state
 * @param shiftToAlternatives   share of the spend lost that moves to named alternatives (and of spend gained that is
 *                              drawn from them), in [0, 1]
 * @param claimsPerPatientYear  PRESCRIBES claims one patient accounts for in a year (annual cost per patient = cost per
 *                              claim x this)
 */
@ConfigurationProperties("kam.market.impact")
public record ImpactProperties(@DefaultValue Kept kept, @DefaultValue("0.27") double shiftToAlternatives,
                               @DefaultValue("12") double claimsPerPatientYear) {

    public ImpactProperties {
        if (!(shiftToAlternatives >= 0 && shiftToAlternatives <= 1)) {
            throw new IllegalArgumentException("kam.market.impact.shift-to-alternatives must be in [0, 1], was " + shiftToAlternatives);
        }
        if (!(claimsPerPatientYear > 0)) {
            throw new IllegalArgumentException("kam.market.impact.claims-per-patient-year must be positive, was " + claimsPerPatientYear);
        }
    }

    /** Share of baseline use kept per listing state ({@code kam.market.impact.kept.*}), each in (0, 1]. */
    public record Kept(@DefaultValue("1.00") double tier1, @DefaultValue("0.99") double tier2, @DefaultValue("0.89") double tier3,
                       @DefaultValue("0.67") double tier4, @DefaultValue("0.62") double tier5, @DefaultValue("0.45") double tier6,
                       @DefaultValue("0.63") double priorAuth, @DefaultValue("0.57") double stepTherapy,
                       @DefaultValue("0.10") double excluded, @DefaultValue("0.36") double notListed) {
    }

    /** The access model these settings describe (validated: shares in (0, 1], tiers never rising, exclusion below tier 1). */
    public AccessModel model() {
        return new AccessModel(new double[] {kept.tier1(), kept.tier2(), kept.tier3(), kept.tier4(), kept.tier5(), kept.tier6()},
                kept.priorAuth(), kept.stepTherapy(), kept.excluded(), kept.notListed());
    }

    /** These settings as the impact model's parameters. */
    public ImpactParameters parameters() {
        return new ImpactParameters(model(), shiftToAlternatives, claimsPerPatientYear);
    }
}
