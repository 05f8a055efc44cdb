package org.kamgraph.api.embedded;

import org.kamgraph.api.config.KamProperties;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded Neo4j, started when no {@code spring.neo4j.uri} is configured. Bolt listens on 127.0.0.1 only and
 * the driver connects to it like to any server, so the rest of the application is the same in both modes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isEmpty()")
public class EmbeddedNeo4jConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

    /** Fills a new store before the database starts: the configured initial import, else the demo market's files. */
    @Bean
    public EmbeddedStartup embeddedStartup(KamProperties properties, ObjectProvider<DemoMarketSource> demoSource) throws java.io.IOException {
        return EmbeddedStartup.prepare(properties, demoSource.getIfAvailable());
    }

    /** Starts the database; taking {@code startup} makes a new store's bulk load happen first. */
    @Bean(destroyMethod = "shutdown")
    public DatabaseManagementService embeddedNeo4j(KamProperties properties, EmbeddedStartup startup) {
        KamProperties.Embedded cfg = properties.embedded();
        Path home = cfg.dataDir().toAbsolutePath().normalize();
        long started = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(cfg.pageCache()))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", cfg.boltPort()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // Without these Bolt's Netty waits 5 s + 15 s on close; a second is plenty for a local socket.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                .build();
        LOG.info("Embedded Neo4j started in {} ms with data under {}", (System.nanoTime() - started) / 1_000_000, home);
        return dbms;
    }

    @Bean
    public GraphDatabaseService embeddedDatabase(DatabaseManagementService dbms) {
        return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    @Bean
    public Neo4jConnectionDetails embeddedConnectionDetails(GraphDatabaseService db) {
        var address = ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        URI uri = URI.create("bolt://127.0.0.1:" + address.getPort());
        LOG.info("Embedded Neo4j Bolt at {}", uri);
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.none();
            }
        };
    }
}
