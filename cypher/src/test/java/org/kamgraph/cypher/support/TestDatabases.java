package org.kamgraph.cypher.support;

import java.time.Duration;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.schema.SchemaMigrations;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;

/**
 * One embedded Neo4j (neo4j-harness) per test JVM, shared by the integration tests, which wipe its data
 * between tests. Starting a database costs seconds; sharing keeps the suite fast.
 */
public final class TestDatabases {
    private static Neo4j harness;
    private static Driver driver;

    private TestDatabases() {
    }

    public static synchronized Driver harnessDriver() {
        if (harness == null) {
            harness = Neo4jBuilders.newInProcessBuilder()
                    .withDisabledServer()
                    .withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                    .build();
            driver = GraphDatabase.driver(harness.boltURI(), AuthTokens.none());
            new SchemaMigrations(new Neo4jRunner(driver, null)).apply();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                driver.close();
                harness.close();
            }));
        }
        return driver;
    }

    /** The harness's Bolt address, for testing kam-graph's external mode against it. */
    public static synchronized java.net.URI harnessBoltUri() {
        harnessDriver();
        return harness.boltURI();
    }

    /** The harness's database, for in-process access. */
    public static synchronized org.neo4j.graphdb.GraphDatabaseService harnessDatabase() {
        harnessDriver();
        return harness.defaultDatabaseService();
    }

    /** Removes all data but keeps the schema and the migration records. */
    public static void wipe(Driver driver) {
        try (var session = driver.session()) {
            session.run("MATCH (n) WHERE NOT n:__KamMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }
}
