package org.kamgraph.api.config;

import org.kamgraph.api.influence.CoverageGaps;
import org.kamgraph.api.influence.InfluenceService;
import org.kamgraph.api.keyaccounts.AccountPlanService;
import org.kamgraph.api.keyaccounts.InitiativeService;
import org.kamgraph.api.keyaccounts.KeyAccountTiering;
import org.kamgraph.cypher.influence.InfluenceQueries;
import org.kamgraph.cypher.GraphVersion;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.keyaccounts.InitiativeStore;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries;
import org.kamgraph.cypher.projection.ProjectionCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Key accounts: tiering, the account plan, initiatives and team coverage (package org.kamgraph.api.keyaccounts). */
@Configuration(proxyBeanMethods = false)
public class KeyAccountConfiguration {

    @Bean
    public KeyAccountQueries keyAccountQueries(Neo4jRunner runner) {
        return new KeyAccountQueries(runner);
    }

    @Bean
    public InitiativeStore initiativeStore(Neo4jRunner runner, GraphVersion version) {
        return new InitiativeStore(runner, version);
    }

    @Bean
    public AccountPlanService accountPlanService(KeyAccountQueries queries, InfluenceQueries influenceQueries, KeyAccountTiering tiering,
                                                 InfluenceService influence, CoverageGaps coverageGaps) {
        return new AccountPlanService(queries, influenceQueries, tiering, influence, coverageGaps);
    }

    @Bean
    public InitiativeService initiativeService(KeyAccountQueries queries, InfluenceQueries influenceQueries, InitiativeStore store) {
        return new InitiativeService(queries, influenceQueries, store);
    }

    @Bean
    public KeyAccountTiering keyAccountTiering(KeyAccountQueries queries, ProjectionCache projections, GraphVersion version) {
        return new KeyAccountTiering(queries, projections, version);
    }
}
