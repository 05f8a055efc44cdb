package org.kamgraph.api.config;

import java.util.List;
import java.util.Set;
import org.kamgraph.analytics.inference.InferenceParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Influence inferred from evidence ({@code kam.inference.*}); docs/INFERENCE.md explains the formula, each term's
 * paper and direction. Each term is {@code p = weight * x / (x + scale)}; the terms combine by noisy-OR.
 *
 * @param sharedPatients     x = shared patients (REFERS_TO patients, else claims); the receiver influences the referrer
 * @param committee          x = committees both sat on at the same time; both ways
 * @param reportingLine      x = 1 for a reporting line (scale 0: an indicator); the manager influences the report
 * @param kolPayment         x = USD paid for speaking, consulting or education about products the tied peer prescribes
 * @param adoptionOrder      x = products prescribed before a tied peer did
 * @param minStrength        least strength an inferred edge must have to be kept (the mutation may override it)
 * @param kolNatures         the payment natures that mark a key opinion leader
 * @param evidenceWindowDays evidence valid on any day of this many days up to the as-of day counts (annual public
 *                           files end on 31 December and are published months later)
 * @param batchSize          people whose evidence is read, compared and written in one transaction
 */
@ConfigurationProperties("kam.inference")
public record InferenceProperties(@DefaultValue Term sharedPatients, @DefaultValue Term committee,
                                  @DefaultValue Term reportingLine, @DefaultValue Term kolPayment,
                                  @DefaultValue Term adoptionOrder, @DefaultValue("0.05") double minStrength,
                                  @DefaultValue({"speaking", "consulting", "education"}) List<String> kolNatures,
                                  @DefaultValue("730") int evidenceWindowDays, @DefaultValue("1000") int batchSize) {

    public InferenceProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("kam.inference.batch-size must be at least 1, was " + batchSize);
        }
        parameters(sharedPatients, committee, reportingLine, kolPayment, adoptionOrder, minStrength, kolNatures, evidenceWindowDays);
    }

    /** A term's weight in [0, 1] and scale (>= 0); either left out takes the term's default (docs/INFERENCE.md). */
    public record Term(Double weight, Double scale) {
        InferenceParameters.Term or(InferenceParameters.Term defaults) {
            return new InferenceParameters.Term(weight == null ? defaults.weight() : weight, scale == null ? defaults.scale() : scale);
        }
    }

    /** The formula's parameters. */
    public InferenceParameters parameters() {
        return parameters(sharedPatients, committee, reportingLine, kolPayment, adoptionOrder, minStrength, kolNatures, evidenceWindowDays);
    }

    private static InferenceParameters parameters(Term sharedPatients, Term committee, Term reportingLine, Term kolPayment,
                                                  Term adoptionOrder, double minStrength, List<String> kolNatures, int window) {
        try {
            InferenceParameters d = InferenceParameters.DEFAULTS;
            return new InferenceParameters(term(sharedPatients, d.sharedPatients()), term(committee, d.committee()),
                    term(reportingLine, d.reportingLine()), term(kolPayment, d.kolPayment()),
                    term(adoptionOrder, d.adoptionOrder()), minStrength, kolNatures == null ? Set.of() : Set.copyOf(kolNatures), window);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kam.inference: " + e.getMessage(), e);
        }
    }

    private static InferenceParameters.Term term(Term t, InferenceParameters.Term defaults) {
        return t == null ? defaults : t.or(defaults);
    }
}
