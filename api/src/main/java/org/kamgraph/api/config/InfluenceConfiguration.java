package org.kamgraph.api.config;

import org.kamgraph.api.history.ChangeReports;
import org.kamgraph.api.influence.Brokers;
import org.kamgraph.api.influence.CentralityService;
import org.kamgraph.api.influence.CoverageGaps;
import org.kamgraph.api.influence.InfluenceService;
import org.kamgraph.api.influence.InformalGroups;
import org.kamgraph.api.influence.Reach;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.history.HistoryQueries;
import org.kamgraph.cypher.influence.InfluenceQueries;
import org.kamgraph.cypher.projection.ProjectionCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The influence questions: one service per question, sharing projections and their primitive copies. */
@Configuration(proxyBeanMethods = false)
public class InfluenceConfiguration {

    @Bean
    public InfluenceQueries influenceQueries(Neo4jRunner runner) {
        return new InfluenceQueries(runner);
    }

    @Bean
    public InfluenceService influenceService(ProjectionCache projections, InfluenceQueries queries) {
        return new InfluenceService(projections, queries);
    }

    @Bean
    public CoverageGaps coverageGaps(InfluenceService influence) {
        return new CoverageGaps(influence);
    }

    @Bean
    public Brokers brokers(InfluenceService influence, KamProperties properties) {
        return new Brokers(influence, properties.analytics().maxExactVertices());
    }

    @Bean
    public CentralityService centralityService(ProjectionCache projections, KamProperties properties) {
        return new CentralityService(projections, properties.analytics().maxExactVertices());
    }

    @Bean
    public Reach reach(InfluenceService influence) {
        return new Reach(influence);
    }

    @Bean
    public InformalGroups informalGroups(InfluenceService influence) {
        return new InformalGroups(influence);
    }

    @Bean
    public ChangeReports changeReports(InfluenceService influence, Neo4jRunner runner) {
        return new ChangeReports(influence, new HistoryQueries(runner));
    }
}
