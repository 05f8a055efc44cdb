package org.kamgraph.api.config;

import org.kamgraph.api.market.FormularyImpacts;
import org.kamgraph.api.market.MarketGraphs;
import org.kamgraph.api.market.Pathways;
import org.kamgraph.api.market.SpendFlows;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.influence.InfluenceQueries;
import org.kamgraph.cypher.market.MarketQueries;
import org.kamgraph.cypher.projection.ProjectionCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The market-access questions, sharing the money and access projections. */
@Configuration(proxyBeanMethods = false)
public class MarketConfiguration {

    @Bean
    public MarketGraphs marketGraphs(ProjectionCache projections, Neo4jRunner runner) {
        return new MarketGraphs(projections, new MarketQueries(runner));
    }

    @Bean
    public Pathways pathways(MarketGraphs graphs) {
        return new Pathways(graphs);
    }

    @Bean
    public SpendFlows spendFlows(MarketGraphs graphs) {
        return new SpendFlows(graphs);
    }

    @Bean
    public FormularyImpacts formularyImpacts(MarketGraphs graphs, InfluenceQueries nodes) {
        return new FormularyImpacts(graphs, nodes);
    }
}
