package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamgraph.api.Http.at;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * Every query of the schema (generated from the schema itself, so a new query is covered without editing this test),
 * with an id of no node in each place its arguments take one (an {@code ID} argument or input field, at any depth,
 * or a node reference {kind, id}), answers NOT_FOUND with {@code extensions.argument} naming that place (input fields
 * joined by dots, list positions in brackets) and the id in the message. A user limited to a territory gets, for a
 * node outside it, exactly the answer they get for a node that does not exist (and the one an admin gets for it).
 */
@org.springframework.test.context.TestPropertySource(properties = "kam.test.fixture=unknown-ids")
class UnknownIdsTest extends FixtureApiTest {
    static final String MISSING = "NO-SUCH-ID";
    /** A node of the fixture, in the KAM's territory T-INF: what every other id argument names. */
    static final String OWN_KIND = "Idn";
    static final String OWN_ID = "I1";
    /** A node outside T-INF, created for this test. */
    static final String FOREIGN_KIND = "Hospital";
    static final String FOREIGN_ID = "H-ELSEWHERE";

    @Autowired
    GraphQlSource graphQl;
    Http kam;

    @Override
    String fixture() {
        return "influence";
    }

    @BeforeAll
    void foreignNodeAndKam() {
        ok("mutation { createNode(input: {kind: " + FOREIGN_KIND + ", id: \"" + FOREIGN_ID + "\", properties: [{name: \"name\", value: \"Elsewhere\"}, "
                + "{name: \"territory\", value: \"T-OTHER\"}]}) { id } }");
        kam = http.as(at(ok("mutation { createApiToken(name: \"unknown ids KAM\", roles: [KAM], territories: [\"T-INF\"]) { token } }"),
                "data.createApiToken.token"));
    }

    /** A place in a field's arguments that takes a node id, and the request that puts {@code id} of {@code kind} there. */
    record Place(String field, String argument, boolean adminOnly) {
    }

    @Test
    void everyQueryAnswersAnUnknownIdWithNotFoundNamingTheArgument() {
        List<Place> places = places();
        assertThat(places).extracting(Place::field).contains("node", "person", "hierarchy", "neighbours", "decisionInfluencers",
                "accountInfluencers", "brokers", "reachStakeholder", "coverageGaps", "informalGroups", "pathways", "spendFlow",
                "formularyImpact", "whatIf", "accountPlan", "keyAccount", "changes", "centrality");
        List<String> wrong = new ArrayList<>();
        for (Place p : places) {
            String query = request(p, FOREIGN_KIND, MISSING);
            Map<String, Object> r = http.graphql(query);
            String problem = notFound(r, p.argument(), MISSING);
            if (problem != null) {
                wrong.add(query + "\n  -> " + problem);
            }
        }
        assertThat(wrong).as("queries not answering NOT_FOUND naming the argument").isEmpty();
    }

    @Test
    void aNodeOutsideTheTerritoriesIsAnsweredLikeOneThatDoesNotExist() {
        List<String> wrong = new ArrayList<>();
        int compared = 0;
        for (Place p : places()) {
            if (p.adminOnly()) {
                continue;
            }
            Map<String, Object> foreign = kam.graphql(request(p, FOREIGN_KIND, FOREIGN_ID));
            Map<String, Object> missing = kam.graphql(request(p, FOREIGN_KIND, MISSING));
            Map<String, Object> adminMissing = http.graphql(request(p, FOREIGN_KIND, MISSING));
            String problem = notFound(foreign, p.argument(), FOREIGN_ID);
            if (problem == null && !String.valueOf(Http.<Object>at(foreign, "errors.0.message")).replace(FOREIGN_ID, MISSING)
                    .equals(at(missing, "errors.0.message"))) {
                problem = "told apart from a missing node: " + at(foreign, "errors.0.message") + " / " + at(missing, "errors.0.message");
            }
            if (problem == null && !String.valueOf(Http.<Object>at(missing, "errors.0.message")).equals(at(adminMissing, "errors.0.message"))) {
                problem = "a missing node is answered otherwise to an admin: " + at(adminMissing, "errors.0.message");
            }
            if (problem != null) {
                wrong.add(request(p, FOREIGN_KIND, FOREIGN_ID) + "\n  -> " + problem);
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(30);
        assertThat(wrong).isEmpty();
        // The KAM's own node is found (the requests are not refused for another reason).
        assertThat((String) at(kam.graphql("{ node(kind: " + OWN_KIND + ", id: \"" + OWN_ID + "\") { id } }"), "data.node.id")).isEqualTo(OWN_ID);
    }

    /** Null when the answer is NOT_FOUND naming {@code argument} with {@code id} in the message; else what is wrong. */
    private static String notFound(Map<String, Object> r, String argument, String id) {
        if (r.get("errors") == null) {
            return "no error: " + r.get("data");
        }
        Object classification = at(r, "errors.0.extensions.classification");
        Object named = at(r, "errors.0.extensions.argument");
        String message = String.valueOf(Http.<Object>at(r, "errors.0.message"));
        if (!"NOT_FOUND".equals(classification) || !argument.equals(named) || !message.contains("'" + id + "'")) {
            return classification + " naming " + named + ": " + message;
        }
        return null;
    }

    /** Every place of every query that takes a node id. */
    private List<Place> places() {
        List<Place> out = new ArrayList<>();
        for (GraphQLFieldDefinition field : graphQl.schema().getQueryType().getFieldDefinitions()) {
            boolean adminOnly = field.getAppliedDirective("allow") != null;
            if (pairOfKindAndId(field.getArguments())) {
                out.add(new Place(field.getName(), "id", adminOnly));
            }
            for (GraphQLArgument a : field.getArguments()) {
                if (!(pairOfKindAndId(field.getArguments()) && a.getName().equals("id"))) {
                    places(a.getType(), a.getName(), 0, field.getName(), adminOnly, out);
                }
            }
        }
        return out;
    }

    private static void places(GraphQLType type, String path, int depth, String field, boolean adminOnly, List<Place> out) {
        GraphQLType t = GraphQLTypeUtil.unwrapNonNull(type);
        if (t instanceof GraphQLList list) {
            places(list.getWrappedType(), path + "[0]", depth, field, adminOnly, out);
        } else if (isId(t)) {
            out.add(new Place(field, path, adminOnly));
        } else if (t instanceof GraphQLInputObjectType o && depth < 6) {
            if (isNodeRef(o)) {
                out.add(new Place(field, path, adminOnly));
                return;
            }
            for (GraphQLInputObjectField f : o.getFieldDefinitions()) {
                places(f.getType(), path + "." + f.getName(), depth + 1, field, adminOnly, out);
            }
        }
    }

    /** The request putting {@code id} (of {@code kind}, where a kind goes with it) at the place; the KAM's own node elsewhere. */
    private String request(Place place, String kind, String id) {
        GraphQLFieldDefinition field = graphQl.schema().getQueryType().getFieldDefinition(place.field());
        boolean pair = pairOfKindAndId(field.getArguments());
        StringBuilder args = new StringBuilder();
        for (GraphQLArgument a : field.getArguments()) {
            String v;
            if (pair && (a.getName().equals("kind") || a.getName().equals("id"))) {
                boolean target = place.argument().equals("id");
                v = a.getName().equals("kind") ? (target ? kind : OWN_KIND) : quote(target ? id : OWN_ID);
            } else if (GraphQLTypeUtil.isNonNull(a.getType()) || leadsTo(place.argument(), a.getName())) {
                v = value(a.getType(), a.getName(), place.argument(), kind, id);
            } else {
                continue;
            }
            args.append(args.isEmpty() ? "" : ", ").append(a.getName()).append(": ").append(v);
        }
        GraphQLType result = GraphQLTypeUtil.unwrapAll(field.getType());
        String selection = result instanceof GraphQLScalarType || result instanceof GraphQLEnumType ? "" : " { __typename }";
        return "{ " + field.getName() + (args.isEmpty() ? "" : "(" + args + ")") + selection + " }";
    }

    private String value(GraphQLInputType type, String path, String target, String kind, String id) {
        GraphQLType t = GraphQLTypeUtil.unwrapNonNull(type);
        if (t instanceof GraphQLList list) {
            return "[" + value((GraphQLInputType) list.getWrappedType(), path + "[0]", target, kind, id) + "]";
        }
        if (isId(t)) {
            return quote(path.equals(target) ? id : OWN_ID);
        }
        if (t instanceof GraphQLInputObjectType o) {
            if (isNodeRef(o)) {
                return path.equals(target) ? "{kind: " + kind + ", id: " + quote(id) + "}" : "{kind: " + OWN_KIND + ", id: " + quote(OWN_ID) + "}";
            }
            StringBuilder fields = new StringBuilder();
            for (GraphQLInputObjectField f : o.getFieldDefinitions()) {
                String p = path + "." + f.getName();
                if (GraphQLTypeUtil.isNonNull(f.getType()) && f.getInputFieldDefaultValue().getValue() == null || leadsTo(target, p)) {
                    fields.append(fields.isEmpty() ? "" : ", ").append(f.getName()).append(": ").append(value(f.getType(), p, target, kind, id));
                }
            }
            return "{" + fields + "}";
        }
        if (t instanceof GraphQLEnumType e) {
            return e.getValues().getFirst().getName();
        }
        return switch (((GraphQLScalarType) t).getName()) {
            case "Int" -> "1";
            case "Float" -> "0.5";
            case "Boolean" -> "false";
            case "Date" -> "\"2026-01-01\"";
            case "DateTime" -> "\"2026-01-01T00:00:00Z\"";
            default -> "\"x\"";
        };
    }

    /** Whether the place {@code target} is {@code path} or inside it. */
    private static boolean leadsTo(String target, String path) {
        return target.equals(path) || target.startsWith(path + ".") || target.startsWith(path + "[");
    }

    private static boolean pairOfKindAndId(List<GraphQLArgument> arguments) {
        return arguments.stream().anyMatch(a -> isNodeKind(a.getType())) && arguments.stream().anyMatch(a -> a.getName().equals("id") && isId(a.getType()));
    }

    private static boolean isNodeRef(GraphQLInputObjectType o) {
        return o.getFieldDefinitions().stream().anyMatch(f -> isNodeKind(f.getType())) && o.getField("id") != null && isId(o.getField("id").getType());
    }

    private static boolean isId(GraphQLType type) {
        return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLScalarType s && s.getName().equals("ID");
    }

    private static boolean isNodeKind(GraphQLType type) {
        return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLEnumType e && e.getName().equals("NodeKind");
    }

    private static String quote(String s) {
        return Http.quote(s);
    }
}
