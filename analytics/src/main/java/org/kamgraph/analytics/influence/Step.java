package org.kamgraph.analytics.influence;

/**
 * One hop of a chain in the direction influence travels: {@code from} has a say over, or reaches, {@code to},
 * through the projected arc of that {@code weight}, which runs from {@code to} to {@code from} when
 * {@code againstArc} (a walk toward influencers read backwards) and from {@code from} to {@code to} otherwise.
 */
public record Step(int from, int to, double weight, boolean againstArc) {
}
