package org.kamgraph.api.wiring;

import org.kamgraph.api.config.ImpactProperties;
import org.kamgraph.api.market.FormularyImpacts;
import org.kamgraph.api.market.MarketGraphs;
import org.kamgraph.api.market.Pathways;
import org.kamgraph.api.market.SpendFlows;
import org.kamgraph.cypher.GraphVersion;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.market.ImpactQueries;
import org.kamgraph.cypher.market.MarketQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The market-access questions, sharing the money and access projections, each built through its one constructor
 * (as in {@link InfluenceConfiguration}); formulary impact takes its access model from the settings.
 */
@Configuration(proxyBeanMethods = false)
@Import({MarketQueries.class, MarketGraphs.class, Pathways.class, SpendFlows.class})
public class MarketConfiguration {

    /** Formulary impact as spend at risk, by the access model of {@code kam.market.impact.*}. */
    @Bean
    public FormularyImpacts formularyImpacts(Neo4jRunner runner, ImpactProperties impact, GraphVersion version) {
        return new FormularyImpacts(new ImpactQueries(runner), impact.parameters(), version);
    }
}
