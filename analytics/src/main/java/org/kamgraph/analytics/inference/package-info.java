/**
 * Influence inferred from evidence (docs/INFERENCE.md): per ordered pair of people, each kind of evidence (shared
 * patients, the same committee, a reporting line, KOL payments, adoption order) gives a probability from a saturating
 * function with a weight and a scale; the terms combine by noisy-OR into the strength of an inferred INFLUENCES.
 * Pure Java: cypher reads the evidence and writes the result.
 */
package org.kamgraph.analytics.inference;
