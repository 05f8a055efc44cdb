package org.kamgraph.api.graphql;

import org.kamgraph.analytics.market.MarketViews.MoneyTrail;
import org.kamgraph.api.keyaccounts.AccountPlan;
import org.kamgraph.api.market.SpendFlows;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The account plan's followTheMoney, read only when asked for (a maximum flow each way). */
@Controller
public class PlanMoneyController {
    private final SpendFlows flows;

    public PlanMoneyController(SpendFlows flows) {
        this.flows = flows;
    }

    @SchemaMapping(typeName = "AccountPlan", field = "followTheMoney")
    public MoneyTrail followTheMoney(AccountPlan plan) {
        return flows.trail(plan.account().kind(), plan.account().id(), null, null, 5, plan.asOf());
    }
}
