package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamgraph.api.Http.at;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Authentication and roles: every endpoint but health needs a token; API tokens are stored hashed, revoked at once
 * and expire; JWTs from the configured issuer (a stand-in OpenID provider on 127.0.0.1 serving its discovery
 * document and keys) carry roles and territories; mutations and imports only for the roles allowed; every write,
 * import and refused write is in the audit log.
 */
@org.springframework.test.context.TestPropertySource(properties = "kam.test.fixture=security")
class SecurityTest extends FixtureApiTest {
    static final RSAKey KEY;
    static final RSAKey OTHER_KEY;
    static final HttpServer ISSUER;
    static final String ISSUER_URI;

    static {
        try {
            KEY = new RSAKeyGenerator(2048).keyID("kam-test").generate();
            OTHER_KEY = new RSAKeyGenerator(2048).keyID("kam-test").generate();
            ISSUER = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            ISSUER_URI = "http://127.0.0.1:" + ISSUER.getAddress().getPort() + "/realm";
            String discovery = "{\"issuer\":\"" + ISSUER_URI + "\",\"jwks_uri\":\"" + ISSUER_URI + "/keys\","
                    + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
            serve("/realm/.well-known/openid-configuration", discovery);
            serve("/realm/keys", new JWKSet(KEY.toPublicJWK()).toString());
            ISSUER.start();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static void serve(String path, String json) {
        ISSUER.createContext(path, exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER_URI);
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.stop(0);
    }

    @Autowired
    GraphDatabaseService db;

    @Override
    String fixture() {
        return "influence";
    }

    @Test
    void everyEndpointButHealthNeedsAToken() {
        Http anonymous = http.as(null);
        for (String path : List.of("/api/csv?query=%7Bstats%7Bnodes%7D%7D", "/plan/Idn/I1", "/actuator/metrics", "/actuator/info")) {
            Http.Response r = anonymous.get(path);
            assertThat(r.status()).as(path).isEqualTo(401);
            assertThat(r.body()).as(path).contains("Authentication required").contains("UNAUTHORIZED");
        }
        Map<String, Object> q = anonymous.graphql("{ stats { nodes } }");
        assertThat((String) at(q, "errors.0.message")).contains("Authentication required");
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous.get("/").status()).isEqualTo(200); // the app's code only: it asks for a token
        assertThat(anonymous.graphql("{ stats { nodes } }").get("data")).isNull();
        Http wrong = http.as("kam_000000000000_" + "A".repeat(43));
        assertThat((String) at(wrong.graphql("{ stats { nodes } }"), "errors.0.message")).contains("not accepted");
    }

    /** One GraphQL request with exactly this Authorization header (none when null): status, challenge and message. */
    private record Refusal(int status, String challenge, String message, String reason) {
    }

    private Refusal refusal(String authorization) throws Exception {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"query\":\"{ stats { nodes } }\"}"));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(b.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        Map<String, Object> body = new Http.Response(r.statusCode(), r.body()).json();
        return new Refusal(r.statusCode(), r.headers().firstValue("WWW-Authenticate").orElse(null), at(body, "errors.0.message"),
                at(body, "errors.0.extensions.reason"));
    }

    @Test
    void noTokenMalformedHeaderTokenNotAcceptedAndRejectedJwtAreToldApart() throws Exception {
        Refusal none = refusal(null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.reason()).isEqualTo("NO_TOKEN");
        assertThat(none.message()).startsWith("Authentication required: no token was sent").doesNotContain("not accepted");
        assertThat(none.challenge()).isEqualTo("Bearer realm=\"kam-graph\""); // RFC 6750: no error code without credentials

        for (String header : List.of("Basic YWRtaW46YWRtaW4=", "Bearer", "Bearer two tokens", "Bearer %%%")) {
            Refusal malformed = refusal(header);
            assertThat(malformed.status()).as(header).isEqualTo(401);
            assertThat(malformed.reason()).as(header).isEqualTo("MALFORMED_HEADER");
            assertThat(malformed.message()).as(header).startsWith("Malformed Authorization header: ");
            assertThat(malformed.challenge()).as(header).contains("error=\"invalid_request\"").contains("error_description=\"");
        }
        assertThat(refusal("Basic YWRtaW46YWRtaW4=").message()).contains("the scheme is 'Basic', not 'Bearer'");
        assertThat(refusal("Bearer").message()).contains("'Bearer' is not followed by a token");

        String unknown = "kam_000000000000_" + "A".repeat(43);
        String revoked = create("soon revoked", "[BI_READER]", null, null);
        ok("mutation { revokeApiToken(id: \"" + revoked.substring(4, 16) + "\") { id } }");
        for (String token : List.of(unknown, revoked)) {
            Refusal notAccepted = refusal("Bearer " + token);
            assertThat(notAccepted.status()).isEqualTo(401);
            assertThat(notAccepted.reason()).isEqualTo("TOKEN_NOT_ACCEPTED");
            assertThat(notAccepted.message()).isEqualTo("Token not accepted: unknown, revoked or expired API token; ask an admin for a new one");
            assertThat(notAccepted.challenge()).isEqualTo(
                    "Bearer realm=\"kam-graph\", error=\"invalid_token\", error_description=\"unknown, revoked or expired API token\"");
        }

        Refusal forged = refusal("Bearer " + jwt(OTHER_KEY, "eve", List.of("ADMIN"), List.of(), Instant.now().plusSeconds(300), ISSUER_URI));
        Refusal late = refusal("Bearer " + jwt(KEY, "late", List.of("ADMIN"), List.of(), Instant.now().minusSeconds(300), ISSUER_URI));
        Refusal garbage = refusal("Bearer not.a.jwt");
        for (Refusal jwt : List.of(forged, late, garbage)) {
            assertThat(jwt.status()).isEqualTo(401);
            assertThat(jwt.reason()).isEqualTo("JWT_REJECTED");
            assertThat(jwt.message()).startsWith("Token not accepted: the JWT was rejected: ");
            assertThat(jwt.challenge()).startsWith("Bearer realm=\"kam-graph\", error=\"invalid_token\", error_description=\"the JWT was rejected: ");
        }
        assertThat(late.message()).containsIgnoringCase("expired");
        // The four answers differ from one another.
        assertThat(List.of(none.message(), refusal("Basic x").message(), refusal("Bearer " + unknown).message(), forged.message()))
                .doesNotHaveDuplicates();
    }

    @Test
    void apiTokensAreStoredHashedRevokedAtOnceAndExpire() throws Exception {
        String token = create("bi tool", "[BI_READER]", null, null);
        Http bi = http.as(token);
        assertThat(((Number) at(bi.graphql("{ stats { nodes } }"), "data.stats.nodes")).intValue()).isPositive();
        String id = token.substring(4, 16);
        List<Map<String, Object>> stored = db.executeTransactionally("MATCH (t:__KamApiToken {id: $id}) RETURN properties(t) AS p",
                Map.of("id", id), r -> r.stream().map(row -> (Map<String, Object>) row.get("p")).toList());
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().values()).doesNotContain(token);
        assertThat((String) stored.getFirst().get("hash")).matches("[0-9a-f]{64}");
        Map<String, Object> listed = http.graphql("{ apiTokens { id name roles revokedAt } }");
        assertThat(listed.toString()).contains(id).doesNotContain(token.substring(17));

        Map<String, Object> revoked = http.graphql("mutation { revokeApiToken(id: \"" + id + "\") { id revokedAt revokedBy } }");
        assertThat((String) at(revoked, "data.revokeApiToken.revokedAt")).isNotBlank();
        assertThat(bi.graphql("{ stats { nodes } }").get("data")).isNull();
        assertThat((String) at(http.graphql("mutation { revokeApiToken(id: \"" + id + "\") { id } }"), "errors.0.extensions.classification"))
                .isEqualTo("NOT_FOUND");

        String soon = create("short-lived", "[MARKET_ACCESS]", null, Instant.now().plusSeconds(2).toString());
        assertThat(http.as(soon).graphql("{ stats { nodes } }").get("data")).isNotNull();
        Thread.sleep(2_500);
        assertThat(http.as(soon).graphql("{ stats { nodes } }").get("data")).isNull();

        assertError("mutation { createApiToken(name: \"x\", roles: [ADMIN], territories: [\"T-INF\"]) { token } }", "BAD_REQUEST",
                "territories", "sees everything");
        assertError("mutation { createApiToken(name: \"x\", roles: [KAM], expiresAt: \"2020-01-01T00:00:00Z\") { token } }", "BAD_REQUEST",
                "expiresAt", "future");
        assertError("mutation { createApiToken(name: \"\", roles: [KAM]) { token } }", "BAD_REQUEST", "name", "1 to 200");
    }

    @Test
    void writesAndImportsOnlyForTheRolesAllowed() throws Exception {
        Http bi = http.as(create("reader", "[BI_READER]", null, null));
        Http kam = http.as(create("kam north", "[KAM]", "[\"T-INF\"]", null));
        Http access = http.as(create("access", "[MARKET_ACCESS]", null, null));
        String createNode = "mutation { createNode(input: {kind: Hospital, id: \"H-SEC\", properties: [{name: \"name\", value: \"Sec\"}]}) { id } }";
        for (Http who : List.of(bi, kam, access)) {
            Map<String, Object> r = who.graphql(createNode);
            assertThat((String) at(r, "errors.0.extensions.classification")).isEqualTo("FORBIDDEN");
            assertThat((String) at(r, "errors.0.message")).contains("createNode is for [ADMIN]");
            assertThat((String) at(who.graphql("{ auditLog { at } }"), "errors.0.extensions.classification")).isEqualTo("FORBIDDEN");
            assertThat(who.upload("/api/import", List.of(java.nio.file.Path.of(getClass().getResource("/fixtures/influence/Idn.csv").toURI())))
                    .status()).isEqualTo(403);
        }
        long created = db.executeTransactionally("MATCH (h:Hospital {id: 'H-SEC'}) RETURN count(h) AS c", Map.of(),
                r -> ((Number) r.next().get("c")).longValue());
        assertThat(created).isZero();
        String initiative = "mutation { createInitiative(input: {id: \"INIT-SEC\", name: \"Adherence\", account: {kind: Idn, id: \"I1\"}}) { id } }";
        assertThat((String) at(bi.graphql(initiative), "errors.0.extensions.classification")).isEqualTo("FORBIDDEN");
        assertThat((String) at(access.graphql(initiative), "errors.0.extensions.classification")).isEqualTo("FORBIDDEN");
        Map<String, Object> byKam = kam.graphql(initiative);
        assertThat(byKam.get("errors")).as(byKam.toString()).isNull();
        String save = "mutation { saveScenario(name: \"sec\", scenario: {changes: [{removeNode: {kind: Person, id: \"A\"}}]}) { name } }";
        assertThat((String) at(bi.graphql(save), "errors.0.extensions.classification")).isEqualTo("FORBIDDEN");
        assertThat(access.graphql(save).get("errors")).isNull();
        assertThat(ok(createNode)).isNotNull();

        List<Map<String, Object>> log = at(ok("{ auditLog(first: 50) { at user via action details outcome } }"), "data.auditLog");
        assertThat(log).anySatisfy(e -> {
            assertThat(e.get("user")).isEqualTo("kam north");
            assertThat(e.get("action")).isEqualTo("createInitiative");
            assertThat((String) e.get("details")).contains("INIT-SEC");
            assertThat(e.get("outcome")).isEqualTo("ok");
        });
        assertThat(log).anySatisfy(e -> {
            assertThat(e.get("user")).isEqualTo("reader");
            assertThat(e.get("action")).isEqualTo("createNode");
            assertThat((String) e.get("outcome")).startsWith("refused");
        });
        assertThat(log).anySatisfy(e -> {
            assertThat(e.get("action")).isEqualTo("import (POST /api/import)");
            assertThat((String) e.get("outcome")).startsWith("ok");
        });
        assertThat(log).anySatisfy(e -> assertThat(e.get("action")).isEqualTo("createNode"));
        assertThat(log).extracting(e -> (String) e.get("at")).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void jwtsFromTheConfiguredIssuerCarryRolesAndTerritories() throws Exception {
        Http jane = http.as(jwt(KEY, "jane", List.of("KAM"), List.of("T-INF"), Instant.now().plusSeconds(300), ISSUER_URI));
        Map<String, Object> me = jane.graphql("{ me { name via roles territories limited } }");
        assertThat((String) at(me, "data.me.name")).isEqualTo("jane");
        assertThat((String) at(me, "data.me.via")).isEqualTo("jwt:" + ISSUER_URI);
        assertThat((List<String>) at(me, "data.me.roles")).containsExactly("KAM");
        assertThat((Boolean) at(me, "data.me.limited")).isTrue();
        assertThat((String) at(jane.graphql("mutation { importCsv(files: []) { written } }"), "errors.0.extensions.classification"))
                .isEqualTo("FORBIDDEN");
        Http admin = http.as(jwt(KEY, "ops", List.of("admin"), List.of(), Instant.now().plusSeconds(300), ISSUER_URI));
        assertThat((List<String>) at(admin.graphql("{ me { roles } }"), "data.me.roles")).containsExactly("ADMIN");

        for (String bad : List.of(jwt(OTHER_KEY, "eve", List.of("ADMIN"), List.of(), Instant.now().plusSeconds(300), ISSUER_URI),
                jwt(KEY, "late", List.of("ADMIN"), List.of(), Instant.now().minusSeconds(300), ISSUER_URI),
                jwt(KEY, "elsewhere", List.of("ADMIN"), List.of(), Instant.now().plusSeconds(300), "http://127.0.0.1:1/other"))) {
            Map<String, Object> r = http.as(bad).graphql("{ stats { nodes } }");
            assertThat(r.get("data")).isNull();
            assertThat((String) at(r, "errors.0.extensions.classification")).isEqualTo("UNAUTHORIZED");
        }
        Http noRole = http.as(jwt(KEY, "nobody", List.of("viewer"), List.of(), Instant.now().plusSeconds(300), ISSUER_URI));
        assertThat((String) at(noRole.graphql("{ stats { nodes } }"), "errors.0.extensions.classification")).isEqualTo("FORBIDDEN");
    }

    private String create(String name, String roles, String territories, String expiresAt) {
        Map<String, Object> r = ok("mutation { createApiToken(name: \"" + name + "\", roles: " + roles
                + (territories == null ? "" : ", territories: " + territories) + (expiresAt == null ? "" : ", expiresAt: \"" + expiresAt + "\"")
                + ") { token info { id } } }");
        String token = at(r, "data.createApiToken.token");
        assertThat(token).startsWith("kam_" + at(r, "data.createApiToken.info.id") + "_");
        return token;
    }

    private static String jwt(RSAKey key, String user, List<String> roles, List<String> territories, Instant expires, String issuer)
            throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                new JWTClaimsSet.Builder().issuer(issuer).subject("sub-" + user).claim("preferred_username", user).claim("roles", roles)
                        .claim("territories", territories).issueTime(Date.from(expires.minusSeconds(600))).expirationTime(Date.from(expires)).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
