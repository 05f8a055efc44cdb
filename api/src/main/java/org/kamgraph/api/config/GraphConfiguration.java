package org.kamgraph.api.config;

import org.kamgraph.cypher.GraphVersion;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.projection.ProjectionCache;
import org.kamgraph.cypher.edit.GraphEditor;
import org.kamgraph.cypher.ingest.CsvImporter;
import org.kamgraph.cypher.ingest.CypherGraphWriter;
import org.kamgraph.cypher.ingest.EmbeddedGraphWriter;
import org.kamgraph.cypher.ingest.GraphWriter;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.beans.factory.ObjectProvider;
import org.kamgraph.cypher.query.GraphQueries;
import org.kamgraph.cypher.projection.ProjectionLoader;
import java.time.Duration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cypher module's services, on the driver Spring Boot configured (embedded or external). */
@Configuration(proxyBeanMethods = false)
public class GraphConfiguration {

    /**
     * The schema migrations, and whether the database may be used: embedded, they are applied now; external, now if
     * the server answers, else in the background as soon as it does (the service starts regardless).
     */
    @Bean
    public DatabaseAvailability databaseAvailability(Driver driver, @Value("${spring.data.neo4j.database:}") String database,
                                                     @Value("${spring.neo4j.uri:}") String uri,
                                                     @Value("${kam.database.retry-backoff-max:10s}") Duration maxBackoff,
                                                     ObjectProvider<GraphDatabaseService> embedded) {
        DatabaseAvailability availability = new DatabaseAvailability(driver, new Neo4jRunner(driver, database),
                uri.isBlank() ? "(embedded)" : uri, maxBackoff);
        if (embedded.getIfAvailable() != null) {
            availability.applyNow();
        } else {
            availability.applyNowOrWhenReachable();
        }
        return availability;
    }

    /** The database's health as the service sees it: DOWN until the schema migrations are in place. */
    @Bean
    public HealthIndicator graphSchemaHealthIndicator(DatabaseAvailability availability) {
        return availability::health;
    }

    /** Runs statements; nothing runs before the schema migrations are applied, or while the database is unreachable. */
    @Bean
    public Neo4jRunner neo4jRunner(Driver driver, @Value("${spring.data.neo4j.database:}") String database,
                                   DatabaseAvailability availability, KamProperties properties) {
        // Reads end with the GraphQL request timeout: nobody waits for their answer after it.
        return new Neo4jRunner(driver, database).guardedBy(availability).withReadTimeout(properties.graphql().timeout());
    }

    /** In embedded mode (default database) node lookups and neighbours are read in-process, without Bolt and Cypher. */
    @Bean
    public GraphQueries graphQueries(Neo4jRunner runner, ObjectProvider<GraphDatabaseService> embedded,
                                     @Value("${spring.data.neo4j.database:}") String database) {
        boolean defaultDatabase = database.isBlank() || database.equals("neo4j");
        return new GraphQueries(runner, defaultDatabase ? embedded.getIfAvailable() : null);
    }

    /** Advanced by every import and edit; cached projections older than it are reloaded. */
    @Bean
    public GraphVersion graphVersion() {
        return new GraphVersion();
    }

    @Bean
    public GraphEditor graphEditor(Neo4jRunner runner, GraphVersion version) {
        return new GraphEditor(runner, version);
    }

    /** In embedded mode the importer writes in-process (several times faster); otherwise through the driver. */
    @Bean
    public GraphWriter graphWriter(Neo4jRunner runner, ObjectProvider<GraphDatabaseService> embedded) {
        GraphDatabaseService db = embedded.getIfAvailable();
        return db != null ? new EmbeddedGraphWriter(db) : new CypherGraphWriter(runner);
    }

    /** Projections read relationships in-process in embedded mode, over Bolt otherwise. */
    @Bean
    public ProjectionLoader projectionLoader(Neo4jRunner runner, ObjectProvider<GraphDatabaseService> embedded) {
        return new ProjectionLoader(runner, embedded.getIfAvailable());
    }

    @Bean
    public CsvImporter csvImporter(GraphWriter writer, GraphVersion version) {
        return new CsvImporter(writer, version);
    }

    /**
     * Imports of published formats (NPPES, Part D, CRM exports, ...): the same writer as the CSV import; identities
     * and snapshot ends are read and written by statements without the GraphQL read timeout (the NPI registry is big).
     */
    @Bean
    public org.kamgraph.cypher.ingest.published.PublishedImport publishedImport(GraphWriter writer, Driver driver,
            @Value("${spring.data.neo4j.database:}") String database, DatabaseAvailability availability, GraphVersion version) {
        return new org.kamgraph.cypher.ingest.published.PublishedImport(writer, new Neo4jRunner(driver, database).guardedBy(availability),
                version);
    }

    @Bean
    public ProjectionCache projectionCache(ProjectionLoader loader, GraphVersion version, KamProperties properties) {
        return new ProjectionCache(loader, version, properties.analytics().projectionCacheEdges());
    }
}
