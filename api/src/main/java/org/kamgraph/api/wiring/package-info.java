/**
 * Which service is built from what: the Spring configurations of the product's services (influence, key accounts,
 * market access, what-if). Nothing imports this package; it sits above the services so that the settings in
 * {@code org.kamgraph.api.config} stay below everything that reads them (no config -> service -> config loop).
 */
package org.kamgraph.api.wiring;
