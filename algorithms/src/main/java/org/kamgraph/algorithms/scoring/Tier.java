package org.kamgraph.algorithms.scoring;

/** Key-account tiers, from the few accounts that get a dedicated team to those not targeted at all. */
public enum Tier { KEY, STRATEGIC, MAINTAIN, NOT_TARGETED }
