/**
 * The product's computations, apart from Spring and Neo4j: given what cypher read (projections, rows) they rank,
 * score, decompose money and compute deltas; api's services read through cypher, call these, and shape answers.
 */
package org.kamgraph.analytics;
