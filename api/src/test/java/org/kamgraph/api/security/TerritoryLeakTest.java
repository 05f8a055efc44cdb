package org.kamgraph.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamgraph.api.Http.at;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kamgraph.api.Http;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The leak test: a KAM limited to one territory of the demo market asks every query of the schema (generated from
 * the schema itself, so a new query is covered without editing this test) with ids, accounts and territories
 * from the other territories in every id argument and filter, and selects every field to four levels. No answer
 * may name a node of another territory, and no request may fail with an internal error. The same requests by an
 * admin do name such nodes, so the check is not vacuous; with the KAM's own ids the answers are not empty.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"kam.demo.load=true", "kam.demo.scale=0.2",
        "kam.demo.seed=7", "kam.embedded.page-cache=64m", "kam.graphql.max-complexity=100000"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TerritoryLeakTest {
    @LocalServerPort
    int port;
    @Autowired
    GraphDatabaseService db;
    @Autowired
    GraphQlSource graphQl;

    Http admin;
    Http kam;
    String territory;
    String foreignTerritory;
    Set<String> foreignIds = new HashSet<>();
    Map<String, String> foreign = new LinkedHashMap<>();
    Map<String, String> own = new LinkedHashMap<>();

    static java.nio.file.Path dataDir;

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) throws Exception {
        dataDir = org.kamgraph.api.ServiceTest.freshDataDirectory(registry, "kam-leak-test");
    }

    @Test
    void theDemoPrintsAnAdminTokenAtStartUp() throws Exception {
        String token = Files.readString(dataDir.resolve("admin-token")).strip();
        assertThat(token).startsWith("kam_");
        assertThat((List<String>) at(admin.as(token).graphql("{ me { roles } }"), "data.me.roles")).containsExactly("ADMIN");
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("admin-token")))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    @BeforeAll
    void signInAndPickIds() {
        admin = new Http(port);
        // The territory with the most decisions is ours; the one with the next most is the foreign one we aim at.
        List<String> territories = column("""
                MATCH (d:Decision)-[:AT]->(o:Organization) WHERE o.territory IS NOT NULL
                RETURN o.territory AS v, count(d) AS c ORDER BY c DESC, v""");
        territory = territories.get(0);
        foreignTerritory = territories.get(1);
        foreignIds.addAll(column("MATCH (n) WHERE n.territory IS NOT NULL AND n.territory <> $t RETURN n.id AS v", territory));
        foreignIds.addAll(column("""
                MATCH (n)-[:AT]->(o:Organization) WHERE (n:Decision OR n:Initiative) AND o.territory IS NOT NULL AND o.territory <> $t
                RETURN n.id AS v""", territory));
        for (String[] pick : new String[][]{
                {"decision", "MATCH (d:Decision)-[:AT]->(o {territory: $t}) WHERE EXISTS { (:Person)-[:IN_DMU]->(d) } RETURN d.id AS v ORDER BY v LIMIT 1"},
                {"account", "MATCH (a:Idn {territory: $t}) RETURN a.id AS v ORDER BY v LIMIT 1"},
                {"person", "MATCH (p:Person {territory: $t})-[:INFLUENCES]-() RETURN p.id AS v ORDER BY v LIMIT 1"},
                {"teamMember", "MATCH (m:TeamMember {territory: $t})-[:COVERS]->() RETURN m.id AS v ORDER BY v LIMIT 1"},
                {"initiative", "MATCH (i:Initiative)-[:AT]->(o {territory: $t}) RETURN i.id AS v ORDER BY v LIMIT 1"},
                {"pharmacy", "MATCH (p:Pharmacy {territory: $t}) RETURN p.id AS v ORDER BY v LIMIT 1"},
                {"committee", "MATCH (c:Committee {territory: $t}) RETURN c.id AS v ORDER BY v LIMIT 1"},
                {"name", "MATCH (p:Person {territory: $t}) RETURN p.name AS v ORDER BY p.id LIMIT 1"}}) {
            own.put(pick[0], column(pick[1], territory).getFirst());
            foreign.put(pick[0], column(pick[1], foreignTerritory).getFirst());
        }
        foreign.put("product", column("MATCH (p:Product) RETURN p.id AS v ORDER BY v LIMIT 1").getFirst());
        own.put("product", foreign.get("product"));
        Map<String, Object> created = admin.graphql("mutation { createApiToken(name: \"leak test KAM\", roles: [KAM], territories: [\""
                + territory + "\"]) { token } }");
        kam = admin.as(at(created, "data.createApiToken.token"));
        assertThat(foreignIds).contains(foreign.get("decision"), foreign.get("account"), foreign.get("person"));
    }

    @Test
    void noQueryNamesANodeOfAnotherTerritory() {
        GraphQLSchema schema = graphQl.schema();
        List<String> requests = new ArrayList<>();
        for (GraphQLFieldDefinition field : schema.getQueryType().getFieldDefinitions()) {
            if (field.getAppliedDirective("allow") != null) {
                continue; // admin-only: refused to a KAM, tested below
            }
            requests.addAll(requestsFor(field, foreign, foreignTerritory));
        }
        assertThat(requests).hasSizeGreaterThan(40);
        Set<String> seenByAdmin = new HashSet<>();
        List<String> leaks = new ArrayList<>();
        for (String query : requests) {
            Map<String, Object> answer = kam.graphql(query);
            noInternalErrors(query, answer);
            Set<String> named = new HashSet<>();
            strings(answer.get("data"), named);
            named.retainAll(foreignIds);
            if (!named.isEmpty()) {
                leaks.add(query + "\n  -> " + named);
            }
            Set<String> adminNamed = new HashSet<>();
            strings(admin.graphql(query).get("data"), adminNamed);
            adminNamed.retainAll(foreignIds);
            seenByAdmin.addAll(adminNamed);
        }
        assertThat(leaks).as("answers to the KAM naming nodes of other territories").isEmpty();
        assertThat(seenByAdmin).as("the same requests by an admin reach the other territories").hasSizeGreaterThan(20);
    }

    @Test
    void theKamSeesTheirOwnTerritory() {
        Map<String, Object> d = kam.graphql("{ decisionInfluencers(decision: \"" + own.get("decision") + "\", depth: 4) { people { person { id } } } }");
        noInternalErrors("own decision", d);
        List<Map<String, Object>> people = at(d, "data.decisionInfluencers.people");
        assertThat(people).isNotEmpty();
        assertThat(people).allSatisfy(p -> assertThat(foreignIds).doesNotContain((String) at(p, "person.id")));
        Map<String, Object> s = kam.graphql("{ search(text: \"\", kinds: [Person], first: 5) { totalCount edges { node { id } } } }");
        assertThat(((Number) at(s, "data.search.totalCount")).intValue()).isPositive();
        Map<String, Object> me = kam.graphql("{ me { roles territories limited } }");
        assertThat((List<String>) at(me, "data.me.territories")).containsExactly(territory);
        assertThat((Boolean) at(me, "data.me.limited")).isTrue();
        // A foreign id is answered like one that does not exist.
        Map<String, Object> f = kam.graphql("{ decisionInfluencers(decision: \"" + foreign.get("decision") + "\") { subject { id } } }");
        assertThat((String) at(f, "errors.0.extensions.classification")).isEqualTo("NOT_FOUND");
        Map<String, Object> none = kam.graphql("{ decisionInfluencers(decision: \"NO-SUCH-DECISION\") { subject { id } } }");
        assertThat((String) at(none, "errors.0.message")).isEqualTo(at(f, "errors.0.message").toString().replace(foreign.get("decision"), "NO-SUCH-DECISION"));
    }

    @Test
    void analyticsCountOnlyTheVisibleGraph() {
        String q = "{ centrality(projection: {relationshipKinds: [INFLUENCES]}, algorithm: PAGERANK, first: 1000) { vertices rows { id } } }";
        int all = ((Number) at(admin.graphql(q), "data.centrality.vertices")).intValue();
        Map<String, Object> mine = kam.graphql(q);
        int visible = ((Number) at(mine, "data.centrality.vertices")).intValue();
        assertThat(visible).isPositive().isLessThan(all);
        List<Map<String, Object>> rows = at(mine, "data.centrality.rows");
        assertThat(rows).hasSize(Math.min(1000, visible));
        // Key-account tiers rank the KAM's own accounts among themselves: ranks 1..n without gaps.
        List<Map<String, Object>> tiered = at(kam.graphql("{ keyAccounts(first: 100) { accounts { rank account { id } } } }"),
                "data.keyAccounts.accounts");
        assertThat(tiered).isNotEmpty();
        assertThat(tiered.size()).isLessThan(100);
        assertThat(tiered).extracting(a -> ((Number) a.get("rank")).intValue()).contains(1).allSatisfy(r -> assertThat(r).isLessThanOrEqualTo(tiered.size()));
        // Counts too are those of the visible graph.
        String stats = "{ stats { nodes relationships } }";
        Map<String, Object> mineStats = kam.graphql(stats);
        Map<String, Object> allStats = admin.graphql(stats);
        assertThat(((Number) at(mineStats, "data.stats.nodes")).longValue()).isPositive()
                .isLessThan(((Number) at(allStats, "data.stats.nodes")).longValue());
        assertThat(((Number) at(mineStats, "data.stats.relationships")).longValue()).isPositive()
                .isLessThan(((Number) at(allStats, "data.stats.relationships")).longValue());
    }

    @Test
    void pagesAndDownloadsAreScopedToo() {
        assertThat(kam.get("/plan/Idn/" + foreign.get("account")).status()).isEqualTo(404);
        assertThat(kam.get("/plan/Idn/" + own.get("account")).status()).isEqualTo(200);
        Http.Response csv = kam.get("/api/csv?rows=search.edges&query=" + java.net.URLEncoder.encode(
                "{ search(text: \"\", kinds: [Person, Hospital, Idn], first: 500) { edges { node { id } } } }", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body().lines().skip(1).toList()).isNotEmpty().noneMatch(foreignIds::contains);
    }

    private List<String> requestsFor(GraphQLFieldDefinition field, Map<String, String> ids, String area) {
        List<String> out = new ArrayList<>();
        List<GraphQLArgument> optionalRefs = field.getArguments().stream()
                .filter(a -> !GraphQLTypeUtil.isNonNull(a.getType()) && isRef(a.getType())).toList();
        List<GraphQLArgument> variants = new ArrayList<>(optionalRefs);
        if (variants.isEmpty()) {
            variants.add(null);
        }
        for (GraphQLArgument chosen : variants) {
            for (String nodeKind : kindArgumentChoices(field)) {
                StringBuilder args = new StringBuilder();
                for (GraphQLArgument a : field.getArguments()) {
                    boolean fill = GraphQLTypeUtil.isNonNull(a.getType()) || a == chosen
                            || a.getName().equals("territory") || a.getName().equals("text") || a.getName().equals("scope");
                    if (!fill) {
                        continue;
                    }
                    String v = a.getName().equals("kind") ? nodeKind : value(a.getName(), a.getType(), ids, area, nodeKind, 0);
                    if (v != null) {
                        args.append(args.isEmpty() ? "" : ", ").append(a.getName()).append(": ").append(v);
                    }
                }
                out.add("{ " + field.getName() + (args.isEmpty() ? "" : "(" + args + ")") + selection(field.getType(), 0) + " }");
            }
        }
        return out;
    }

    /** node, hierarchy and neighbours take a kind and an id: try each kind of foreign node. */
    private static List<String> kindArgumentChoices(GraphQLFieldDefinition field) {
        return field.getArgument("kind") != null ? List.of("Person", "Idn", "Decision", "TeamMember", "Initiative", "Pharmacy", "Committee")
                : List.of("Idn");
    }

    private static boolean isRef(GraphQLInputType type) {
        GraphQLType t = GraphQLTypeUtil.unwrapAll(type);
        return t instanceof GraphQLScalarType s && s.getName().equals("ID") || t instanceof GraphQLInputObjectType o
                && (o.getName().equals("NodeRef") || o.getName().endsWith("Input"));
    }

    private String value(String name, GraphQLInputType type, Map<String, String> ids, String area, String nodeKind, int depth) {
        GraphQLType t = GraphQLTypeUtil.unwrapNonNull(type);
        if (t instanceof GraphQLList list) {
            String inner = value(name, (GraphQLInputType) list.getWrappedType(), ids, area, nodeKind, depth);
            return inner == null ? null : "[" + inner + "]";
        }
        if (t instanceof GraphQLScalarType s) {
            return switch (s.getName()) {
                case "ID" -> quote(idFor(name, ids, nodeKind));
                case "String" -> name.equals("territory") ? quote(area) : name.equals("text") ? quote(ids.get("name"))
                        : name.equals("region") ? null : quote("x");
                case "Int" -> "3";
                case "Float" -> "0.5";
                case "Boolean" -> "false";
                case "Date" -> quote(LocalDate.now().toString());
                default -> null;
            };
        }
        if (t instanceof GraphQLEnumType e) {
            return e.getValues().getFirst().getName();
        }
        if (t instanceof GraphQLInputObjectType o) {
            if (depth > 3) {
                return null;
            }
            if (o.getName().equals("NodeRef")) {
                return "{kind: Idn, id: " + quote(ids.get("account")) + "}";
            }
            if (o.getName().equals("ScenarioChangeInput")) {
                return "{removeNode: {kind: Person, id: " + quote(ids.get("person")) + "}}";
            }
            StringBuilder f = new StringBuilder();
            for (GraphQLInputObjectField field : o.getFieldDefinitions()) {
                boolean fill = GraphQLTypeUtil.isNonNull(field.getType()) || isRef(field.getType()) || field.getName().equals("territory");
                if (o.getName().equals("ScopeInput") || o.getName().equals("AreaInput")) {
                    fill = field.getName().equals("territory"); // "at most one of these"
                }
                if (o.getName().equals("KeyAccountScopeInput") || o.getName().equals("InfluenceOptionsInput")) {
                    fill = false;
                }
                String v = fill ? value(field.getName(), field.getType(), ids, area, nodeKind, depth + 1) : null;
                if (v != null) {
                    f.append(f.isEmpty() ? "" : ", ").append(field.getName()).append(": ").append(v);
                }
            }
            return "{" + f + "}";
        }
        return null;
    }

    private static String idFor(String name, Map<String, String> ids, String nodeKind) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.equals("id")) {
            return switch (nodeKind) {
                case "Person" -> ids.get("person");
                case "Decision" -> ids.get("decision");
                case "TeamMember" -> ids.get("teamMember");
                case "Initiative" -> ids.get("initiative");
                case "Pharmacy" -> ids.get("pharmacy");
                case "Committee" -> ids.get("committee");
                default -> ids.get("account");
            };
        }
        if (n.contains("decision")) {
            return ids.get("decision");
        }
        if (n.contains("product")) {
            return ids.get("product");
        }
        if (n.contains("pharmacy")) {
            return ids.get("pharmacy");
        }
        if (n.contains("initiative")) {
            return ids.get("initiative");
        }
        if (n.contains("team") || n.contains("owner") || n.equals("from")) {
            return ids.get("teamMember");
        }
        return ids.get("person");
    }

    /** Every field without required arguments, to four levels; interfaces by their own fields. */
    private static String selection(GraphQLOutputType type, int depth) {
        GraphQLType t = GraphQLTypeUtil.unwrapAll(type);
        List<GraphQLFieldDefinition> fields;
        if (t instanceof GraphQLObjectType o) {
            fields = o.getFieldDefinitions();
        } else if (t instanceof GraphQLInterfaceType i) {
            fields = i.getFieldDefinitions();
        } else {
            return "";
        }
        StringBuilder out = new StringBuilder(" { __typename");
        for (GraphQLFieldDefinition f : fields) {
            if (f.getArguments().stream().anyMatch(a -> GraphQLTypeUtil.isNonNull(a.getType()) && a.getArgumentDefaultValue().getValue() == null)) {
                continue;
            }
            GraphQLType ft = GraphQLTypeUtil.unwrapAll(f.getType());
            if (ft instanceof GraphQLScalarType || ft instanceof GraphQLEnumType) {
                out.append(' ').append(f.getName());
            } else if (depth < 4) {
                out.append(' ').append(f.getName()).append(selection(f.getType(), depth + 1));
            }
        }
        return out.append(" }").toString();
    }

    private static void noInternalErrors(String query, Map<String, Object> answer) {
        Object errors = answer.get("errors");
        if (errors instanceof List<?> list) {
            for (Object e : list) {
                assertThat(String.valueOf(e)).as(query).doesNotContain("INTERNAL_ERROR");
            }
        }
    }

    private static void strings(Object json, Set<String> out) {
        if (json instanceof Map<?, ?> m) {
            m.values().forEach(v -> strings(v, out));
        } else if (json instanceof List<?> l) {
            l.forEach(v -> strings(v, out));
        } else if (json instanceof String s) {
            out.add(s);
        }
    }

    private List<String> column(String cypher, String... territory) {
        Map<String, Object> params = territory.length == 0 ? Map.of() : Map.of("t", territory[0]);
        return db.executeTransactionally(cypher, params, r -> r.stream().map(row -> String.valueOf(row.get("v"))).toList());
    }

    private static String quote(String s) {
        return Http.quote(s);
    }
}
