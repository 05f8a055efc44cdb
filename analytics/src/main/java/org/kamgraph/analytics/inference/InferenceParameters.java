package org.kamgraph.analytics.inference;

import java.util.Set;

/**
 * The parameters of the inference (docs/INFERENCE.md, {@code kam.inference.*}): one {@link Term} per kind of evidence,
 * the least strength an inferred edge must have to be kept, the payment natures that mark a key opinion leader, and
 * how far back evidence counts.
 *
 * @param sharedPatients     shared patients (REFERS_TO patients, else claims): the receiver influences the referrer
 * @param committee          the same committee at the same time (SITS_ON): each member influences the other
 * @param reportingLine      a reporting line (REPORTS_TO): the manager influences the report; x is 1
 * @param kolPayment         payments (USD) from industry for speaking, consulting or education about a product: the
 *                           paid person influences a tied peer who prescribes that product
 * @param adoptionOrder      products a person prescribed before a tied peer did (PRESCRIBES validFrom): the earlier
 *                           adopter influences the later one
 * @param minStrength        an inferred edge weaker than this is not kept
 * @param kolNatures         the RECEIVED_PAYMENT natures that count as KOL payments
 * @param evidenceWindowDays evidence counts when it was valid on some day of the window of this many days that ends on
 *                           the as-of day (so last year's annual files still count), 0: on the as-of day only
 */
public record InferenceParameters(Term sharedPatients, Term committee, Term reportingLine, Term kolPayment,
                                  Term adoptionOrder, double minStrength, Set<String> kolNatures, int evidenceWindowDays) {

    /** The defaults of docs/INFERENCE.md. */
    public static final InferenceParameters DEFAULTS = new InferenceParameters(new Term(0.8, 100), new Term(0.6, 1),
            new Term(0.7, 0), new Term(0.5, 5000), new Term(0.3, 1), 0.05, Set.of("speaking", "consulting", "education"), 730);

    public InferenceParameters {
        if (sharedPatients == null || committee == null || reportingLine == null || kolPayment == null || adoptionOrder == null) {
            throw new IllegalArgumentException("every inference term needs a weight and a scale");
        }
        if (!(minStrength >= 0 && minStrength <= 1)) {
            throw new IllegalArgumentException("minStrength must be in [0, 1], was " + minStrength);
        }
        if (evidenceWindowDays < 0) {
            throw new IllegalArgumentException("evidenceWindowDays must not be negative, was " + evidenceWindowDays);
        }
        kolNatures = kolNatures == null ? Set.of() : Set.copyOf(kolNatures);
    }

    /** The same parameters with another least strength. */
    public InferenceParameters withMinStrength(double min) {
        return new InferenceParameters(sharedPatients, committee, reportingLine, kolPayment, adoptionOrder, min, kolNatures,
                evidenceWindowDays);
    }

    /**
     * One term's saturating function {@code p(x) = weight * x / (x + scale)}: 0 without evidence, {@code weight / 2} at
     * {@code x = scale}, approaching {@code weight} as evidence grows; with scale 0 an indicator ({@code weight} for any
     * {@code x > 0}).
     *
     * @param weight the most this evidence can make the probability of influence, in [0, 1]
     * @param scale  the amount of evidence that gives half the weight, at least 0
     */
    public record Term(double weight, double scale) {
        public Term {
            if (!(weight >= 0 && weight <= 1)) {
                throw new IllegalArgumentException("a term's weight must be in [0, 1], was " + weight);
            }
            if (!(scale >= 0) || Double.isInfinite(scale)) {
                throw new IllegalArgumentException("a term's scale must be a finite number >= 0, was " + scale);
            }
        }

        public double probability(double x) {
            if (!(x > 0)) {
                return 0;
            }
            return weight * x / (x + scale);
        }
    }
}
