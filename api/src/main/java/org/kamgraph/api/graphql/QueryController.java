package org.kamgraph.api.graphql;

import org.kamgraph.analytics.paging.Cursors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kamgraph.analytics.paging.PageInfo;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.NotFoundException;
import org.kamgraph.cypher.query.Direction;
import org.kamgraph.cypher.query.GraphQueries;
import org.kamgraph.cypher.query.HierarchyEntry;
import org.kamgraph.cypher.query.LuceneQuery;
import org.kamgraph.cypher.query.Neighbour;
import org.kamgraph.cypher.query.NodeView;
import org.kamgraph.cypher.query.Page;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The top-level queries. */
@Controller
public class QueryController {
    static final int MAX_HIERARCHY_DEPTH = 6;

    private final GraphQueries queries;

    public QueryController(GraphQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    public NodeView node(@Argument NodeKind kind, @Argument String id) {
        return requireNode(kind, id);
    }

    @QueryMapping
    public Views.NodeConnection search(@Argument String text, @Argument List<NodeKind> kinds, @Argument String region,
                                       @Argument String territory, @Argument Integer first, @Argument String after) {
        if (text != null && text.length() > LuceneQuery.MAX_LENGTH) {
            throw new BadInputException("text", "is longer than " + LuceneQuery.MAX_LENGTH + " characters");
        }
        int size = Cursors.pageSize(first, "first");
        long offset = Cursors.after(after, "after");
        Page<NodeView> page = queries.search(text, kinds, region, territory, (int) offset, size);
        List<Views.Edge<Object>> edges = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new Views.Edge<>(Cursors.cursor(offset + i), page.items().get(i)));
        }
        return new Views.NodeConnection(edges, pageInfo(edges, offset, page.hasNext()), page.total());
    }

    @QueryMapping
    public List<HierarchyEntry> hierarchy(@Argument NodeKind kind, @Argument String id, @Argument Integer depth, @Argument LocalDate asOf) {
        if (!kind.isOrganization()) {
            throw new BadInputException("kind", kind.label() + " is not an organization; a hierarchy starts at an account, payer or other organization");
        }
        int d = Arguments.range(depth, 1, MAX_HIERARCHY_DEPTH, "depth");
        requireNode(kind, id);
        return queries.hierarchy(kind, id, d, Arguments.asOf(asOf));
    }

    @QueryMapping
    public NodeView person(@Argument String id) {
        return requireNode(NodeKind.PERSON, id);
    }

    @QueryMapping
    public Views.NeighbourConnection neighbours(@Argument NodeKind kind, @Argument String id, @Argument List<RelKind> types,
                                                @Argument Direction direction, @Argument List<NodeKind> kinds,
                                                @Argument LocalDate asOf, @Argument Integer first, @Argument String after) {
        NodeView node = requireNode(kind, id);
        int size = Cursors.pageSize(first, "first");
        long offset = Cursors.after(after, "after");
        List<Neighbour> found = queries.neighbours(List.of(node.elementId()), types, direction, kinds, Arguments.asOf(asOf),
                (int) offset, size + 1).get(node.elementId());
        boolean more = found.size() > size;
        List<Views.Edge<Object>> edges = new ArrayList<>();
        for (int i = 0; i < Math.min(size, found.size()); i++) {
            edges.add(new Views.Edge<>(Cursors.cursor(offset + i), found.get(i)));
        }
        return new Views.NeighbourConnection(edges, pageInfo(edges, offset, more));
    }

    @QueryMapping
    public Views.GraphStats stats() {
        GraphQueries.GraphStats s = queries.stats();
        return new Views.GraphStats(s.totalNodes(), s.totalRelationships(),
                s.nodes().entrySet().stream().map(e -> new Views.KindCount(e.getKey().label(), e.getValue())).toList(),
                s.relationships().entrySet().stream().map(e -> new Views.KindCount(e.getKey().type(), e.getValue())).toList());
    }

    @QueryMapping
    public Map<String, Object> model() {
        return Map.of(
                "nodeKinds", Arrays.stream(NodeKind.values()).map(k -> Map.of("kind", k, "labels", k.labels(),
                        "description", k.description(), "properties", properties(k.properties()))).toList(),
                "relationshipKinds", Arrays.stream(RelKind.values()).map(k -> Map.of("kind", k, "description", k.description(),
                        "joins", k.joins().stream().map(j -> Map.of("from", List.copyOf(j.from()), "to", List.copyOf(j.to()))).toList(),
                        "properties", properties(k.properties()))).toList());
    }

    private static List<Map<String, Object>> properties(Map<String, org.kamgraph.model.PropertySpec> specs) {
        return specs.values().stream().map(p -> {
            Map<String, Object> m = new java.util.HashMap<>();
            m.put("name", p.name());
            m.put("type", p.type().csvName());
            m.put("required", p.required());
            m.put("min", p.min());
            m.put("max", p.max());
            m.put("allowedValues", p.allowedValues());
            m.put("description", p.description());
            return m;
        }).toList();
    }

    private NodeView requireNode(NodeKind kind, String id) {
        return queries.node(kind, Arguments.id(id, "id"))
                .orElseThrow(() -> new NotFoundException("id", "no " + kind.label() + " with id '" + id + "'"));
    }

    private static PageInfo pageInfo(List<Views.Edge<Object>> edges, long offset, boolean hasNext) {
        return new PageInfo(hasNext, offset > 0, edges.isEmpty() ? null : edges.getFirst().cursor(),
                edges.isEmpty() ? null : edges.getLast().cursor());
    }
}
