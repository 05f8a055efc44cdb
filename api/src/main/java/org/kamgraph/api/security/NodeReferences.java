package org.kamgraph.api.security;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.kamgraph.model.NodeKind;

/**
 * The node ids in a field's arguments, found from the schema: every {@code ID} argument or input field (except those
 * marked {@code @newId}, which name something to be created), with its kind when it comes as a pair of {@code kind:
 * NodeKind} and {@code id: ID} (a {@code NodeRef}, or the {@code kind} and {@code id} arguments of {@code node},
 * {@code hierarchy} and {@code neighbours}). Each comes with the path of the argument that names it, as error
 * messages report it: the argument or input fields joined by dots, list positions in brackets
 * ({@code scope.account}, {@code scenario.changes[0].removeNode}, {@code decision}, {@code id}).
 */
final class NodeReferences {
    /** One node id given in the arguments. */
    record Reference(String argument, NodeKind kind, String id) {
        /** The message for a reference to no node (or to one the user may not see: the same words). */
        String notFound() {
            return "no " + (kind == null ? "node" : kind.label()) + " with id '" + id + "'";
        }
    }

    interface Visitor {
        void visit(Reference reference);
    }

    /** Whether each field's arguments can hold a node id (worked out once per field definition). */
    private static final Map<GraphQLFieldDefinition, Boolean> TAKES_IDS = new java.util.concurrent.ConcurrentHashMap<>();

    private NodeReferences() {
    }

    /** Whether some argument of the field is, or holds, an {@code ID}. */
    static boolean takesIds(GraphQLFieldDefinition field) {
        return TAKES_IDS.computeIfAbsent(field, f -> f.getArguments().stream().anyMatch(a -> holdsId(a.getType(), 0)));
    }

    private static boolean holdsId(GraphQLType type, int depth) {
        GraphQLType t = GraphQLTypeUtil.unwrapAll(type);
        if (isId(t)) {
            return true;
        }
        return depth < 8 && t instanceof GraphQLInputObjectType o && o.getFieldDefinitions().stream().anyMatch(f -> holdsId(f.getType(), depth + 1));
    }

    /** Visits every node id in {@code values}, the arguments of a field defined by {@code definitions}. */
    static void visit(List<GraphQLArgument> definitions, Map<String, Object> values, Visitor visitor) {
        GraphQLArgument kind = null;
        GraphQLArgument id = null;
        for (GraphQLArgument a : definitions) {
            if (isNodeKind(a.getType())) {
                kind = a;
            } else if (a.getName().equals("id") && isId(a.getType())) {
                id = a;
            }
        }
        for (GraphQLArgument a : definitions) {
            if (a.getAppliedDirective("newId") != null) {
                continue;
            }
            if (a == id && kind != null && values.get(a.getName()) != null) {
                visitor.visit(new Reference(a.getName(), kindOf(values.get(kind.getName())), String.valueOf(values.get(a.getName()))));
            } else {
                visit(a.getType(), values.get(a.getName()), a.getName(), visitor);
            }
        }
    }

    private static void visit(GraphQLInputType type, Object value, String path, Visitor visitor) {
        if (value == null) {
            return;
        }
        GraphQLType t = GraphQLTypeUtil.unwrapNonNull(type);
        if (t instanceof GraphQLList list && value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                visit((GraphQLInputType) list.getWrappedType(), item, path + "[" + i++ + "]", visitor);
            }
        } else if (t instanceof GraphQLScalarType && isId(t)) {
            visitor.visit(new Reference(path, null, String.valueOf(value)));
        } else if (t instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> map) {
            GraphQLInputObjectField kind = object.getFieldDefinitions().stream().filter(f -> isNodeKind(f.getType())).findFirst().orElse(null);
            GraphQLInputObjectField id = object.getField("id");
            boolean pair = kind != null && id != null && isId(id.getType()) && id.getAppliedDirective("newId") == null;
            if (pair && map.get("id") != null) {
                visitor.visit(new Reference(path, kindOf(map.get(kind.getName())), String.valueOf(map.get("id"))));
            }
            for (GraphQLInputObjectField f : object.getFieldDefinitions()) {
                if (f.getAppliedDirective("newId") == null && !(pair && f == id)) {
                    visit(f.getType(), map.get(f.getName()), path + "." + f.getName(), visitor);
                }
            }
        }
    }

    private static boolean isId(GraphQLType type) {
        return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLScalarType s && s.getName().equals("ID");
    }

    private static boolean isNodeKind(GraphQLType type) {
        return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLEnumType e && e.getName().equals("NodeKind");
    }

    private static NodeKind kindOf(Object value) {
        if (value instanceof NodeKind k) {
            return k;
        }
        return value == null ? null : NodeKind.byLabel(String.valueOf(value)).orElse(null);
    }
}
