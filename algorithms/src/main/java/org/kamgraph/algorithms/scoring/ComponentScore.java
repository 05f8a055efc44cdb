package org.kamgraph.algorithms.scoring;

/**
 * One component of an account's score.
 *
 * @param raw          the measured quantity (spend in currency, growth rate, influence share, access, coverage share); null when unknown
 * @param value        the raw value mapped onto [0, 1]
 * @param weight       the effective weight (relative to all weights)
 * @param contribution value × weight: what the component adds to the score
 * @param note         why the value is what it is when the data is missing, else null
 */
public record ComponentScore(Component component, Double raw, double value, double weight, double contribution, String note) {
}
