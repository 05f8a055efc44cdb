package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamgraph.api.Http.at;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kamgraph.cypher.support.Fixtures;

/**
 * The GraphQL API over HTTP, with the small fixture market imported through the upload endpoint: known answers
 * for lookups, search, hierarchy, positions over time, neighbours, mutations and error classification. Runs on
 * the embedded database ({@link GraphQlApiEmbeddedTest}) and against a Neo4j server in a Testcontainer
 * ({@link GraphQlApiOnContainerTest}, skipped without Docker).
 */
abstract class GraphQlApiContract extends ServiceTest {

    @BeforeAll
    void importFixture() throws Exception {
        Http.Response r = http.upload("/api/import", Fixtures.files(Fixtures.copy("small")));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Map<String, Object> report = r.json();
        assertThat(((Number) report.get("nodesWritten")).intValue()).isEqualTo(15);
    }

    Map<String, Object> ok(String query) {
        Map<String, Object> r = http.graphql(query);
        assertThat(r.get("errors")).as("errors of " + query).isNull();
        return r;
    }

    /** The argument a NOT_FOUND error of the query names. */
    String notFoundArgument(String query) {
        Map<String, Object> e = firstError(query);
        assertThat(at(e, "extensions.classification").toString()).as(query).isEqualTo("NOT_FOUND");
        return at(e, "extensions.argument");
    }

    Map<String, Object> firstError(String query) {
        Map<String, Object> r = http.graphql(query);
        List<Map<String, Object>> errors = at(r, "errors");
        assertThat(errors).as("errors of " + query).isNotEmpty();
        return errors.getFirst();
    }

    @Test
    void nodeByKindAndId() {
        Map<String, Object> r = ok("{ node(kind: Hospital, id: \"HOS-1\") { __typename kind id name ... on Organization { city territory parent { id } } properties { name value type } } }");
        assertThat((String) at(r, "data.node.__typename")).isEqualTo("Organization");
        assertThat((String) at(r, "data.node.kind")).isEqualTo("Hospital");
        assertThat((String) at(r, "data.node.name")).isEqualTo("Riverside General");
        assertThat((String) at(r, "data.node.city")).isEqualTo("Springfield");
        assertThat((String) at(r, "data.node.parent.id")).isEqualTo("IDN-1");
        assertThat((List<Map<String, Object>>) at(r, "data.node.properties"))
                .contains(Map.of("name", "beds", "value", "420", "type", "long"));
        // A node that is not there is NOT_FOUND naming the argument (it used to answer null).
        assertThat(notFoundArgument("{ node(kind: Hospital, id: \"NOPE\") { id } }")).isEqualTo("id");
        // Person finds clinicians too.
        assertThat((String) at(ok("{ node(kind: Person, id: \"CLN-1\") { kind ... on Person { npi specialty } } }"), "data.node.npi"))
                .isEqualTo("1234567893");
    }

    @Test
    void searchWithFiltersAndCursorPagination() {
        Map<String, Object> all = ok("{ search(text: \"riverside\") { totalCount edges { node { id } } } }");
        assertThat(((Number) at(all, "data.search.totalCount")).intValue()).isEqualTo(6);

        Map<String, Object> hospitals = ok("{ search(text: \"riverside\", kinds: [Hospital], first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }");
        assertThat(((Number) at(hospitals, "data.search.totalCount")).intValue()).isEqualTo(2);
        assertThat((Boolean) at(hospitals, "data.search.pageInfo.hasNextPage")).isTrue();
        String first = at(hospitals, "data.search.edges.0.node.id");
        String cursor = at(hospitals, "data.search.pageInfo.endCursor");
        Map<String, Object> next = ok("{ search(text: \"riverside\", kinds: [Hospital], first: 1, after: \"" + cursor + "\") { pageInfo { hasNextPage hasPreviousPage } edges { node { id } } } }");
        String second = at(next, "data.search.edges.0.node.id");
        assertThat(List.of(first, second)).containsExactlyInAnyOrder("HOS-1", "HOS-2");
        assertThat((Boolean) at(next, "data.search.pageInfo.hasNextPage")).isFalse();

        Map<String, Object> south = ok("{ search(territory: \"T-SOUTH\", kinds: [Hospital, Clinician]) { totalCount edges { node { id } } } }");
        assertThat((List<Map<String, Object>>) at(south, "data.search.edges")).extracting(e -> at(e, "node.id"))
                .containsExactly("CLN-4", "HOS-3");
        // Lucene syntax in user text is data, not query syntax; a typo still finds the name.
        assertThat(((Number) at(ok("{ search(text: \"riversyde) OR *:*\") { totalCount } }"), "data.search.totalCount")).intValue()).isZero();
        assertThat(((Number) at(ok("{ search(text: \"okafr\") { totalCount } }"), "data.search.totalCount")).intValue()).isEqualTo(1);
    }

    @Test
    void hierarchyOfAnIdn() {
        Map<String, Object> r = ok("{ hierarchy(kind: Idn, id: \"IDN-1\") { node { id } parent { id } via depth } }");
        List<Map<String, Object>> rows = at(r, "data.hierarchy");
        assertThat(rows).extracting(e -> at(e, "node.id") + "<" + at(e, "parent.id") + " " + e.get("via") + " " + e.get("depth"))
                .contains("HOS-1<IDN-1 PART_OF 1", "HOS-2<IDN-1 PART_OF 1", "COM-1<IDN-1 PART_OF 1", "PER-1<IDN-1 WORKS_AT 1",
                        "DEP-1<HOS-1 PART_OF 2", "CLN-1<HOS-1 WORKS_AT 2", "CLN-3<HOS-1 WORKS_AT 2")
                .noneMatch(s -> s.startsWith("HOS-3") || s.startsWith("CLN-4"));
        Map<String, Object> shallow = ok("{ hierarchy(kind: Idn, id: \"IDN-1\", depth: 1) { node { id } } }");
        assertThat((List<Map<String, Object>>) at(shallow, "data.hierarchy")).extracting(e -> at(e, "node.id"))
                .containsExactlyInAnyOrder("HOS-1", "HOS-2", "COM-1", "PER-1");
    }

    @Test
    void positionsCommitteesAndInfluenceOverTime() {
        Map<String, Object> past = ok("{ person(id: \"CLN-2\") { positions(asOf: \"2018-06-01\") { title organization { id } since until } } }");
        assertThat((List<Map<String, Object>>) at(past, "data.person.positions")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("title", "Oncologist").containsEntry("until", "2019-12-31"));
        Map<String, Object> now = ok("{ person(id: \"CLN-2\") { positions { title } committees { role } influences(direction: IN) { person { id } strength basis } } }");
        assertThat((List<Map<String, Object>>) at(now, "data.person.positions")).extracting(p -> p.get("title")).containsExactly("Head of Oncology Research");
        assertThat((List<Map<String, Object>>) at(now, "data.person.influences")).singleElement()
                .satisfies(i -> assertThat(i).containsEntry("strength", 0.8).containsEntry("basis", "peer"));

        Map<String, Object> chair = ok("{ person(id: \"CLN-1\") { committees { role committee { name } } } }");
        assertThat((String) at(chair, "data.person.committees.0.role")).isEqualTo("chair");
    }

    @Test
    void neighboursFilteredByTypeDirectionAndDate() {
        String q = "{ neighbours(kind: Clinician, id: \"CLN-1\", types: [INFLUENCES], direction: IN, asOf: \"%s\") { edges { node { node { id } direction relationship { type validTo from { id } to { id } } } } } }";
        // In 2016 the co-authorship (2015-2017) held, and PER-1's open-ended influence too.
        Map<String, Object> then = ok(q.formatted("2016-06-01"));
        assertThat((List<Map<String, Object>>) at(then, "data.neighbours.edges")).extracting(e -> at(e, "node.node.id")).containsExactly("CLN-4", "PER-1");
        assertThat((String) at(then, "data.neighbours.edges.0.node.relationship.to.id")).isEqualTo("CLN-1");
        Map<String, Object> today = ok(q.formatted("2026-06-01"));
        assertThat((List<Map<String, Object>>) at(today, "data.neighbours.edges")).extracting(e -> at(e, "node.node.id")).containsExactly("PER-1");
        // Nested neighbours of every search result (batch-loaded).
        Map<String, Object> nested = ok("{ search(kinds: [Hospital]) { edges { node { id neighbours(types: [PART_OF], direction: OUT) { node { id } } } } } }");
        assertThat((List<Map<String, Object>>) at(nested, "data.search.edges")).extracting(e -> at(e, "node.id") + ">" + at(e, "node.neighbours.0.node.id"))
                .containsExactly("HOS-3>IDN-2", "HOS-1>IDN-1", "HOS-2>IDN-1");
    }

    @Test
    void badArgumentsAreBadRequestsNamingTheArgument() {
        Map<String, Object> depth = firstError("{ hierarchy(kind: Idn, id: \"IDN-1\", depth: 99) { depth } }");
        assertThat(at(depth, "extensions.classification").toString()).isEqualTo("BAD_REQUEST");
        assertThat((String) at(depth, "extensions.argument")).isEqualTo("depth");

        Map<String, Object> missing = firstError("{ hierarchy(kind: Idn, id: \"IDN-404\") { depth } }");
        assertThat(at(missing, "extensions.classification").toString()).isEqualTo("NOT_FOUND");
        assertThat((String) at(missing, "message")).contains("IDN-404");

        Map<String, Object> kind = firstError("{ hierarchy(kind: Product, id: \"PRD-1\") { depth } }");
        assertThat((String) at(kind, "extensions.argument")).isEqualTo("kind");

        Map<String, Object> page = firstError("{ search(text: \"x\", first: 0) { totalCount } }");
        assertThat((String) at(page, "extensions.argument")).isEqualTo("first");

        Map<String, Object> cursor = firstError("{ search(text: \"x\", after: \"garbage!\") { totalCount } }");
        assertThat((String) at(cursor, "extensions.argument")).isEqualTo("after");

        Map<String, Object> date = firstError("{ person(id: \"CLN-1\") { positions(asOf: \"2024-02-30\") { title } } }");
        assertThat((String) at(date, "message")).contains("asOf").contains("YYYY-MM-DD");
    }

    @Test
    void mutationsCreateUpdateAndEndWithValidation() {
        Map<String, Object> created = ok("mutation { createNode(input: {kind: Clinic, id: \"CLI-M1\", properties: [{name: \"name\", value: \"Mutation Clinic\"}, {name: \"city\", value: \"Joliet\"}]}) { id name ... on Organization { city } } }");
        assertThat((String) at(created, "data.createNode.city")).isEqualTo("Joliet");

        Map<String, Object> dup = firstError("mutation { createNode(input: {kind: Clinic, id: \"CLI-M1\", properties: [{name: \"name\", value: \"Again\"}]}) { id } }");
        assertThat((String) at(dup, "extensions.argument")).isEqualTo("id");

        Map<String, Object> badNpi = firstError("mutation { updateNode(input: {kind: Clinic, id: \"CLI-M1\", properties: [{name: \"npi\", value: \"123\"}]}) { id } }");
        assertThat((String) at(badNpi, "message")).contains("not a valid NPI");

        ok("mutation { updateNode(input: {kind: Clinic, id: \"CLI-M1\", properties: [{name: \"city\", value: null}, {name: \"territory\", value: \"T-NORTH\"}]}) { id } }");
        Map<String, Object> after = ok("{ node(kind: Clinic, id: \"CLI-M1\") { ... on Organization { city territory } } }");
        assertThat((Object) at(after, "data.node.city")).isNull();
        assertThat((String) at(after, "data.node.territory")).isEqualTo("T-NORTH");

        Map<String, Object> rel = ok("mutation { createRelationship(input: {key: {type: PART_OF, fromKind: Clinic, fromId: \"CLI-M1\", toKind: Idn, toId: \"IDN-2\", validFrom: \"2024-01-01\"}, properties: [{name: \"source\", value: \"test\"}]}) { type validFrom source from { id } to { id } } }");
        assertThat((String) at(rel, "data.createRelationship.validFrom")).isEqualTo("2024-01-01");
        Map<String, Object> ended = ok("mutation { endRelationship(key: {type: PART_OF, fromKind: Clinic, fromId: \"CLI-M1\", toKind: Idn, toId: \"IDN-2\", validFrom: \"2024-01-01\"}, validTo: \"2025-12-31\") { validTo } }");
        assertThat((String) at(ended, "data.endRelationship.validTo")).isEqualTo("2025-12-31");

        Map<String, Object> illegal = firstError("mutation { createRelationship(input: {key: {type: SUPPLIES, fromKind: Clinic, fromId: \"CLI-M1\", toKind: Idn, toId: \"IDN-2\"}}) { type } }");
        assertThat((String) at(illegal, "message")).contains("SUPPLIES may not join Clinic to Idn");
        assertThat(at(illegal, "extensions.classification").toString()).isEqualTo("BAD_REQUEST");

        Map<String, Object> missing = firstError("mutation { createRelationship(input: {key: {type: PART_OF, fromKind: Clinic, fromId: \"CLI-M1\", toKind: Idn, toId: \"IDN-404\"}}) { type } }");
        assertThat((String) at(missing, "extensions.argument")).isEqualTo("toId");

        Map<String, Object> endedNode = ok("mutation { endNode(kind: Clinic, id: \"CLI-M1\", validTo: \"2026-01-31\") { validTo } }");
        assertThat((String) at(endedNode, "data.endNode.validTo")).isEqualTo("2026-01-31");
    }

    @Test
    void inlineCsvImportRejectsAMalformedRowAndWritesNothing() {
        Map<String, Object> r = ok("mutation { importCsv(files: [{name: \"Pharmacy.csv\", content: \"id:ID(Pharmacy),name,pharmacyType\\nPHA-M1,Corner Pharmacy,retail\\nPHA-M2,Bad Pharmacy,spaceship\\n\"}]) { written rejected problems { file line column reason } } }");
        assertThat((Boolean) at(r, "data.importCsv.rejected")).isTrue();
        assertThat((Map<String, Object>) at(r, "data.importCsv.problems.0")).containsEntry("file", "Pharmacy.csv").containsEntry("line", 3)
                .containsEntry("column", "pharmacyType");
        // A node that is not there is NOT_FOUND naming the argument (it used to answer null).
        assertThat(notFoundArgument("{ node(kind: Pharmacy, id: \"PHA-M1\") { id } }")).isEqualTo("id");
    }

    @Test
    void uploadWithAMalformedRowIsRejectedWith400() throws IOException {
        Path dir = Files.createTempDirectory("kam-upload");
        Path bad = Files.writeString(dir.resolve("Wholesaler.csv"), "id:ID(Wholesaler),name\nWHS-1,Good\nWHS-1,Duplicate\n");
        Http.Response r = http.upload("/api/import", List.of(bad));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("duplicate id 'WHS-1'").contains("\"line\":3");
        // A node that is not there is NOT_FOUND naming the argument (it used to answer null).
        assertThat(notFoundArgument("{ node(kind: Wholesaler, id: \"WHS-1\") { id } }")).isEqualTo("id");
    }

    @Test
    void graphiqlIsServedFromLocalAssetsAndHealthIncludesTheDatabase() {
        Http.Response page = http.get("/graphiql");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/webjars/graphiql/2.4.7/graphiql.min.js").doesNotContain("https://");
        assertThat(http.get("/webjars/graphiql/2.4.7/graphiql.min.js").status()).isEqualTo(200);
        assertThat(http.get("/webjars/react/18.3.1/umd/react.production.min.js").status()).isEqualTo(200);
        assertThat(http.get("/graphiql/start.js").status()).isEqualTo(200);
        Http.Response health = http.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat((String) at(health.json(), "components.neo4j.status")).isEqualTo("UP");
        assertThat(http.get("/actuator/metrics").status()).isEqualTo(200);
    }

    @Test
    void modelAndStats() {
        Map<String, Object> r = ok("{ stats { nodes relationships } model { nodeKinds { kind labels } relationshipKinds { kind joins { from to } } } }");
        assertThat(((Number) at(r, "data.stats.nodes")).intValue()).isGreaterThanOrEqualTo(15);
        assertThat((List<?>) at(r, "data.model.nodeKinds")).hasSize(org.kamgraph.model.NodeKind.values().length);
    }
}
