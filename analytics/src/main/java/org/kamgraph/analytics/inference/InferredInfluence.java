package org.kamgraph.analytics.inference;

import java.time.LocalDate;

/**
 * An inferred INFLUENCES from {@code influencer} to {@code influenced}: its strength (noisy-OR of the terms, rounded
 * to six decimals so that a re-run compares equal), its basis (the term contributing most), the evidence in words
 * (the terms in decreasing contribution, separated by "; ") and the earliest date of that evidence (null when none
 * is dated).
 */
public record InferredInfluence(String influencer, String influenced, double strength, String basis, String evidence,
                                LocalDate validFrom) {
}
