package org.kamgraph.api.graphql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.kamgraph.cypher.query.Direction;
import org.kamgraph.cypher.query.GraphQueries;
import org.kamgraph.cypher.query.Neighbour;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * Batch loading of neighbours: every nested neighbour list in one GraphQL response level becomes one query
 * per distinct filter, not one query per node (no N+1).
 */
@Configuration(proxyBeanMethods = false)
public class NeighbourLoader {
    public static final String NAME = "neighbours";

    /** What to load around which node. */
    public record Request(String elementId, Filter filter) {
    }

    /** The neighbour filter and order; requests with equal filters are loaded together. */
    public record Filter(List<RelKind> types, Direction direction, List<NodeKind> kinds, LocalDate asOf, int limit,
                         boolean strongestFirst) {
        public Filter(List<RelKind> types, Direction direction, List<NodeKind> kinds, LocalDate asOf, int limit) {
            this(types, direction, kinds, asOf, limit, false);
        }
    }

    public NeighbourLoader(BatchLoaderRegistry registry, GraphQueries queries) {
        registry.forTypePair(Request.class, List.class).withName(NAME).registerMappedBatchLoader((requests, env) -> {
            Map<Filter, List<Request>> byFilter = new LinkedHashMap<>();
            requests.forEach(r -> byFilter.computeIfAbsent(r.filter(), f -> new ArrayList<>()).add(r));
            Map<Request, List> out = new java.util.HashMap<>();
            byFilter.forEach((f, rs) -> {
                Map<String, List<Neighbour>> found = queries.neighbours(rs.stream().map(Request::elementId).distinct().toList(),
                        f.types(), f.direction(), f.kinds(), f.asOf(), 0, f.limit(), f.strongestFirst());
                rs.forEach(r -> out.put(r, found.getOrDefault(r.elementId(), List.of())));
            });
            return reactor.core.publisher.Mono.just(out);
        });
    }

    static CompletableFuture<List<Neighbour>> load(graphql.schema.DataFetchingEnvironment env, String elementId, Filter filter) {
        org.dataloader.DataLoader<Request, List<Neighbour>> loader = env.getDataLoader(NAME);
        return loader.load(new Request(elementId, filter));
    }
}
