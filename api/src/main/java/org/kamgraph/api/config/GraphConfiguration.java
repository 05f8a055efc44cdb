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
import org.kamgraph.cypher.schema.SchemaMigrations;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cypher module's services, on the driver Spring Boot configured (embedded or external). */
@Configuration(proxyBeanMethods = false)
public class GraphConfiguration {

    /** Runs statements; the schema migrations are applied before anything else may use it. */
    @Bean
    public Neo4jRunner neo4jRunner(Driver driver, @Value("${spring.data.neo4j.database:}") String database) {
        Neo4jRunner runner = new Neo4jRunner(driver, database);
        new SchemaMigrations(runner).apply();
        return runner;
    }

    @Bean
    public GraphQueries graphQueries(Neo4jRunner runner) {
        return new GraphQueries(runner);
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

    @Bean
    public ProjectionCache projectionCache(ProjectionLoader loader, GraphVersion version, KamProperties properties) {
        return new ProjectionCache(loader, version, properties.analytics().projectionCacheEdges());
    }
}
