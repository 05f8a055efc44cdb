package org.kamgraph.tools.published;

/** A US state: postal code, FIPS code, population weight, ZIP prefix, an area code, cities. */
record State(String code, String fips, double weight, String zip3, String area, String... cities) {
}
