package org.kamgraph.api.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.kamgraph.cypher.query.NodeView;
import org.kamgraph.cypher.query.RelationshipView;
import org.kamgraph.model.NodeKind;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Wires the schema to the model: the Date scalar, NodeKind's GraphQL names (Hospital) to the Java enum, the
 * concrete type of each node, and a default field fetcher that reads a node's or relationship's stored
 * property of the field's name (city, npi, strength, ...), so adding a property to the model needs no resolver.
 */
@Component
public class GraphQlWiring implements RuntimeWiringConfigurer {
    static final List<String> NODE_TYPES = List.of("Organization", "Person", "TeamMember", "Product", "Decision", "Initiative",
            "Milestone");

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.scalar(DateScalar.INSTANCE);
        builder.scalar(DateScalar.DATE_TIME);
        builder.type(TypeRuntimeWiring.newTypeWiring("NodeKind").enumValues(name -> NodeKind.byLabel(name).orElse(null)));
        builder.type(TypeRuntimeWiring.newTypeWiring("Node").typeResolver(env -> {
            NodeView node = env.getObject();
            return (GraphQLObjectType) env.getSchema().getType(typeName(node.kind()));
        }));
        for (String type : NODE_TYPES) {
            builder.type(TypeRuntimeWiring.newTypeWiring(type).defaultDataFetcher(storedProperty())
                    .dataFetcher("neighbours", NodeFieldsController::neighbours)
                    .dataFetcher("properties", env -> {
                        NodeView n = env.getSource();
                        return NodeFieldsController.properties(n.properties(), n.kind().properties());
                    }));
        }
        builder.type(TypeRuntimeWiring.newTypeWiring("Relationship").defaultDataFetcher(storedProperty())
                .dataFetcher("properties", env -> {
                    RelationshipView r = env.getSource();
                    return NodeFieldsController.properties(r.properties(), r.type().properties());
                }));
    }

    /** The GraphQL object type for a node kind. */
    static String typeName(NodeKind kind) {
        return switch (kind.category()) {
            case ORGANIZATION, ACCOUNT -> "Organization";
            case PERSON -> "Person";
            case TEAM -> "TeamMember";
            case PRODUCT -> "Product";
            case DECISION -> "Decision";
            case INITIATIVE -> kind == NodeKind.MILESTONE ? "Milestone" : "Initiative";
        };
    }

    private static DataFetcher<Object> storedProperty() {
        return STORED_PROPERTY;
    }

    /**
     * Reads a field from the source's stored properties, else from its Java property. A {@link LightDataFetcher}
     * (so a trivial one): it only reads memory, so graphql-java need not build an environment for it and Spring for
     * GraphQL neither propagates context to it nor observes it, which is most of the cost of a field.
     */
    private static final LightDataFetcher<Object> STORED_PROPERTY = new LightDataFetcher<>() {
        @Override
        public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> env) throws Exception {
            String name = field.getName();
            Map<String, Object> props = source instanceof NodeView n ? n.properties()
                    : source instanceof RelationshipView r ? r.properties() : null;
            if (props != null && props.containsKey(name)) {
                return props.get(name);
            }
            return PropertyDataFetcher.fetching(name).get(field, source, env);
        }

        @Override
        public Object get(DataFetchingEnvironment env) throws Exception {
            return get(env.getFieldDefinition(), env.getSource(), () -> env);
        }
    };
}
