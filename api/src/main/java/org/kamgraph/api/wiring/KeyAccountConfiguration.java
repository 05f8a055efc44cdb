package org.kamgraph.api.wiring;

import org.kamgraph.api.keyaccounts.AccountPlanService;
import org.kamgraph.api.keyaccounts.InitiativeService;
import org.kamgraph.api.keyaccounts.KeyAccountTiering;
import org.kamgraph.cypher.keyaccounts.InitiativeStore;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Key accounts: tiering, the account plan, initiatives and team coverage, each built through its one constructor
 * (as in {@link InfluenceConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@Import({KeyAccountQueries.class, InitiativeStore.class, KeyAccountTiering.class, AccountPlanService.class,
        InitiativeService.class})
public class KeyAccountConfiguration {
}
