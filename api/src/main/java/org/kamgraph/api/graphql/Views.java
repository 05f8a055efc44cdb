package org.kamgraph.api.graphql;

import java.time.LocalDate;
import java.util.List;
import org.kamgraph.analytics.paging.PageInfo;

/** Shapes of GraphQL output types that are not nodes or relationships themselves. */
public final class Views {
    private Views() {
    }

    record Property(String name, String value, String type) {
    }

    record Position(Object organization, String title, LocalDate since, LocalDate until, String source, LocalDate lastVerified) {
    }

    record CommitteeSeat(Object committee, String role, LocalDate since, LocalDate until) {
    }

    record Influence(Object person, Object direction, double strength, String basis, LocalDate validFrom, LocalDate validTo,
                     String source, LocalDate lastVerified, String evidence) {
    }

    record Edge<T>(String cursor, T node) {
    }

    record NodeConnection(List<Edge<Object>> edges, PageInfo pageInfo, long totalCount) {
    }

    record NeighbourConnection(List<Edge<Object>> edges, PageInfo pageInfo) {
    }

    record KindCount(String kind, long count) {
    }

    record GraphStats(long nodes, long relationships, List<KindCount> nodesByKind, List<KindCount> relationshipsByKind) {
    }
}
