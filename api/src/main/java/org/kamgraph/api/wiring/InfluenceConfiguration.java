package org.kamgraph.api.wiring;

import org.kamgraph.api.config.InferenceProperties;
import org.kamgraph.api.config.KamProperties;
import org.kamgraph.api.history.ChangeReports;
import org.kamgraph.api.influence.Brokers;
import org.kamgraph.api.influence.CentralityService;
import org.kamgraph.api.influence.CoverageGaps;
import org.kamgraph.api.influence.InfluenceInference;
import org.kamgraph.api.influence.InfluenceService;
import org.kamgraph.api.influence.InformalGroups;
import org.kamgraph.api.influence.Reach;
import org.kamgraph.cypher.GraphVersion;
import org.kamgraph.cypher.history.HistoryQueries;
import org.kamgraph.cypher.influence.InferenceStore;
import org.kamgraph.cypher.projection.ProjectionCache;
import org.kamgraph.cypher.influence.InfluenceQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The influence questions: one service per question, sharing projections and their primitive copies. The services
 * stay plain classes: each is built through its one constructor, so a new dependency needs no change here; only a
 * service that takes a setting gets a method.
 */
@Configuration(proxyBeanMethods = false)
@Import({InfluenceQueries.class, HistoryQueries.class, InfluenceService.class, CoverageGaps.class, Reach.class,
        InformalGroups.class, ChangeReports.class})
public class InfluenceConfiguration {

    @Bean
    public Brokers brokers(InfluenceService influence, KamProperties properties) {
        return new Brokers(influence, properties.analytics().maxExactVertices());
    }

    /** Inference reads and writes in-process (kernel API) in embedded mode on the default database, else over the driver. */
    @Bean
    public InferenceStore inferenceStore(org.kamgraph.cypher.Neo4jRunner runner,
                                         org.springframework.beans.factory.ObjectProvider<org.neo4j.graphdb.GraphDatabaseService> embedded,
                                         @org.springframework.beans.factory.annotation.Value("${spring.data.neo4j.database:}") String database) {
        boolean defaultDatabase = database.isBlank() || database.equals("neo4j");
        return new InferenceStore(runner, defaultDatabase ? embedded.getIfAvailable() : null);
    }

    @Bean
    public InfluenceInference influenceInference(InferenceStore store, GraphVersion version, InferenceProperties inference) {
        return new InfluenceInference(store, version, inference.parameters(), inference.batchSize());
    }

    @Bean
    public CentralityService centralityService(ProjectionCache projections, KamProperties properties) {
        return new CentralityService(projections, properties.analytics().maxExactVertices());
    }
}
