package org.kamgraph.analytics.paging;

/** Where a page sits in its list, as the schema's {@code PageInfo} says it (Relay cursor connections). */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
}
