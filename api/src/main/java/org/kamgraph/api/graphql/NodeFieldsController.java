package org.kamgraph.api.graphql;

import org.kamgraph.analytics.paging.Cursors;

import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.kamgraph.cypher.query.Direction;
import org.kamgraph.cypher.query.Neighbour;
import org.kamgraph.cypher.query.NodeView;
import org.kamgraph.cypher.query.RelationshipView;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.PropertySpec;
import org.kamgraph.model.RelKind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Fields of nodes that need the graph: neighbours, positions, committees, influence, parent; all batch-loaded. */
@Controller
public class NodeFieldsController {

    @SchemaMapping(typeName = "Organization")
    public CompletableFuture<NodeView> parent(NodeView org, @Argument LocalDate asOf, DataFetchingEnvironment env) {
        return NeighbourLoader.load(env, org.elementId(), new NeighbourLoader.Filter(List.of(RelKind.PART_OF), Direction.OUT,
                        null, Arguments.asOf(asOf), 1))
                .thenApply(list -> list.isEmpty() ? null : list.getFirst().node());
    }

    @SchemaMapping(typeName = "Person")
    public CompletableFuture<List<Views.Position>> positions(NodeView person, @Argument LocalDate asOf, DataFetchingEnvironment env) {
        return NeighbourLoader.load(env, person.elementId(), new NeighbourLoader.Filter(List.of(RelKind.WORKS_AT), Direction.OUT,
                null, Arguments.asOf(asOf), 500)).thenApply(list -> list.stream().map(n -> {
                    RelationshipView r = n.relationship();
                    return new Views.Position(n.node(), (String) r.get("title"), (LocalDate) r.get("validFrom"),
                            (LocalDate) r.get("validTo"), (String) r.get("source"), (LocalDate) r.get("lastVerified"));
                }).toList());
    }

    @SchemaMapping(typeName = "Person")
    public CompletableFuture<List<Views.CommitteeSeat>> committees(NodeView person, @Argument LocalDate asOf, DataFetchingEnvironment env) {
        return NeighbourLoader.load(env, person.elementId(), new NeighbourLoader.Filter(List.of(RelKind.SITS_ON), Direction.OUT,
                null, Arguments.asOf(asOf), 500)).thenApply(list -> list.stream().map(n -> new Views.CommitteeSeat(n.node(),
                (String) n.relationship().get("committeeRole"), (LocalDate) n.relationship().get("validFrom"),
                (LocalDate) n.relationship().get("validTo"))).toList());
    }

    @SchemaMapping(typeName = "Person")
    public CompletableFuture<List<Views.Influence>> influences(NodeView person, @Argument Direction direction, @Argument LocalDate asOf,
                                                               @Argument Integer first, DataFetchingEnvironment env) {
        int limit = Cursors.pageSize(first, "first");
        // Strongest first, as every list of influences is (ties by name), cut to `first` after ordering.
        return NeighbourLoader.load(env, person.elementId(), new NeighbourLoader.Filter(List.of(RelKind.INFLUENCES), direction,
                null, Arguments.asOf(asOf), limit, true)).thenApply(list -> list.stream().map(n -> {
                    RelationshipView r = n.relationship();
                    return new Views.Influence(n.node(), n.direction(), ((Number) r.get("strength")).doubleValue(),
                            (String) r.get("basis"), (LocalDate) r.get("validFrom"), (LocalDate) r.get("validTo"),
                            (String) r.get("source"), (LocalDate) r.get("lastVerified"), (String) r.get("evidence"));
                }).toList());
    }

    /** Node.neighbours, for every concrete node type. */
    static CompletableFuture<List<Neighbour>> neighbours(DataFetchingEnvironment env) {
        NodeView node = env.getSource();
        List<?> rawTypes = env.getArgument("types");
        List<RelKind> types = rawTypes == null ? null
                : rawTypes.stream().map(t -> t instanceof RelKind r ? r : RelKind.valueOf(t.toString())).toList();
        List<NodeKind> kinds = env.getArgument("kinds");
        Direction direction = Direction.valueOf(String.valueOf(env.<Object>getArgument("direction")));
        LocalDate asOf = env.getArgument("asOf");
        int limit = Cursors.pageSize(env.getArgument("first"), "first");
        return NeighbourLoader.load(env, node.elementId(), new NeighbourLoader.Filter(types, direction, kinds, Arguments.asOf(asOf), limit));
    }

    /** Node.properties and Relationship.properties: every stored property as text, with its model type. */
    static List<Views.Property> properties(Map<String, Object> stored, Map<String, PropertySpec> specs) {
        return stored.entrySet().stream().map(e -> new Views.Property(e.getKey(), String.valueOf(e.getValue()),
                specs.containsKey(e.getKey()) ? specs.get(e.getKey()).type().csvName() : "string")).toList();
    }
}
