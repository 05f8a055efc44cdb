package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamgraph.api.Http.at;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kamgraph.cypher.DatabaseUnavailableException;
import org.kamgraph.cypher.schema.SchemaMigrations;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * External mode with a database that comes and goes: a second Neo4j on a fixed local Bolt port, not running when the
 * service starts, started, stopped while the service runs and started again on the same store. The service starts
 * regardless, answers UNAVAILABLE and health DOWN while the database is away, and recovers by itself (schema
 * migrations applied in the background, the driver reconnecting) when it returns.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kam.demo.load=false")
@DirtiesContext
class DatabaseFaultsTest {
    private static final int BOLT_PORT = freePort();
    private static final Path STORE = Path.of("target", "database-faults-" + System.nanoTime()).toAbsolutePath();
    private static final Duration RECOVERY = Duration.ofSeconds(60);
    private static DatabaseManagementService database;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void externalServer(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", () -> "bolt://127.0.0.1:" + BOLT_PORT);
        // Short timeouts and retries keep the test fast; the defaults are tens of seconds.
        registry.add("spring.neo4j.connection-timeout", () -> "2s");
        registry.add("spring.neo4j.pool.connection-acquisition-timeout", () -> "2s");
        registry.add("spring.neo4j.max-transaction-retry-time", () -> "1s");
        registry.add("kam.database.retry-backoff-max", () -> "1s");
    }

    @AfterAll
    static void stopDatabase() {
        if (database != null) {
            database.shutdown();
            database = null;
        }
    }

    @Test
    void startsWithoutTheDatabaseAnswersUnavailableAndRecoversWhenItReturns() throws Exception {
        Http http = new Http(port);

        // 1. The database is not running: the service started anyway, says so, and reports DOWN.
        assertUnavailable(http);

        // 2. The database starts: the migrations are applied in the background and the service answers.
        startDatabase();
        awaitRecovery(http);
        try (var driver = org.neo4j.driver.GraphDatabase.driver("bolt://127.0.0.1:" + BOLT_PORT, org.neo4j.driver.AuthTokens.none())) {
            assertThat(driver.executableQuery("MATCH (m:__KamMigration) RETURN count(m) AS c").execute().records().getFirst()
                    .get("c").asInt()).isEqualTo(SchemaMigrations.SCRIPTS.size());
        }
        Map<String, Object> created = http.graphql("mutation { createNode(input: {kind: Clinic, id: \"CLI-FAULT-1\", properties: "
                + "[{name: \"name\", value: \"Lakeside Infusion Center\"}]}) { id } }");
        assertThat((Object) at(created, "errors")).as(created.toString()).isNull();

        // 3. The database goes away while the service runs.
        stopDatabaseNow();
        assertUnavailable(http);

        // 4. It comes back at the same address, with the same store: no restart of the service needed.
        startDatabase();
        awaitRecovery(http);
        Map<String, Object> found = http.graphql("{ node(kind: Clinic, id: \"CLI-FAULT-1\") { name } }");
        assertThat((String) at(found, "data.node.name")).as(found.toString()).isEqualTo("Lakeside Infusion Center");
    }

    private static void assertUnavailable(Http http) {
        Map<String, Object> q = http.graphql("{ stats { nodes } }");
        assertThat((Object) at(q, "errors")).as(q.toString()).isNotNull();
        assertThat((String) at(q, "errors.0.message")).isEqualTo(DatabaseUnavailableException.MESSAGE);
        assertThat((String) at(q, "errors.0.extensions.classification")).isEqualTo("UNAVAILABLE");
        assertThat((String) at(q, "errors.0.extensions.code")).isEqualTo("UNAVAILABLE");
        assertThat(q.toString()).doesNotContain("Exception").doesNotContain("INTERNAL_ERROR");

        Http.Response page = http.get("/plan/Idn/IDN-0001");
        assertThat(page.status()).as(page.body()).isEqualTo(503);
        // An API token cannot be checked without the database: 503 (retry), not 401 or 500.
        Http.Response token = http.as("kam_0123456789ab_" + "x".repeat(43)).get("/plan/Idn/IDN-0001");
        assertThat(token.status()).as(token.body()).isEqualTo(503);
        assertThat(token.body()).contains("UNAVAILABLE");
        assertThat(page.body()).contains(DatabaseUnavailableException.MESSAGE).doesNotContain("Exception");

        Http.Response health = http.get("/actuator/health");
        assertThat(health.status()).as(health.body()).isEqualTo(503);
        Map<String, Object> h = health.json();
        assertThat((String) at(h, "status")).isEqualTo("DOWN");
        assertThat((String) at(h, "components.neo4j.status")).as(health.body()).isEqualTo("DOWN");
        assertThat((String) at(h, "components.graphSchema.status")).as(health.body()).isEqualTo("DOWN");
    }

    private static void awaitRecovery(Http http) throws InterruptedException {
        awaitUntil("the service to recover", () -> {
            Http.Response health = http.get("/actuator/health");
            if (health.status() != 200) {
                return false;
            }
            Map<String, Object> q = http.graphql("{ stats { nodes } }");
            return at(q, "errors") == null && at(q, "data.stats.nodes") != null;
        });
        Map<String, Object> h = http.get("/actuator/health").json();
        assertThat((String) at(h, "components.neo4j.status")).isEqualTo("UP");
        assertThat((String) at(h, "components.graphSchema.status")).isEqualTo("UP");
    }

    private static void awaitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + RECOVERY.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(200);
        }
    }

    private static synchronized void startDatabase() throws IOException {
        Files.createDirectories(STORE);
        database = new DatabaseManagementServiceBuilder(STORE)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", BOLT_PORT))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                .build();
    }

    private static synchronized void stopDatabaseNow() {
        database.shutdown();
        database = null;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
