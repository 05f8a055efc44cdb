package org.kamgraph.api.config;

import org.kamgraph.api.market.FormularyImpacts;
import org.kamgraph.api.market.MarketGraphs;
import org.kamgraph.api.market.Pathways;
import org.kamgraph.api.market.SpendFlows;
import org.kamgraph.cypher.GraphVersion;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.influence.InfluenceQueries;
import org.kamgraph.cypher.market.ImpactQueries;
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
    public org.kamgraph.api.whatif.ScenarioStore scenarioStore(Neo4jRunner runner) {
        return new org.kamgraph.api.whatif.ScenarioStore(runner);
    }

    @Bean
    public org.kamgraph.api.whatif.WhatIf whatIf(org.kamgraph.api.influence.InfluenceService influence,
                                                 org.kamgraph.api.influence.CoverageGaps gaps, SpendFlows flows, Pathways pathways,
                                                 InfluenceQueries nodes) {
        return new org.kamgraph.api.whatif.WhatIf(influence, gaps, flows, pathways, nodes);
    }

    /** Formulary impact as spend at risk, by the access model of {@code kam.market.impact.*}. */
    @Bean
    public FormularyImpacts formularyImpacts(Neo4jRunner runner, ImpactProperties impact, GraphVersion version) {
        return new FormularyImpacts(new ImpactQueries(runner), impact.parameters(), version);
    }
}
