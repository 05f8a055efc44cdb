package org.kamgraph.api.graphql;

import java.util.List;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.influence.InfluenceViews.AccountCoverage;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.ListingView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.StakeholderCoverage;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.TeamContact;
import org.kamgraph.analytics.market.MarketViews.Listing;
import org.kamgraph.analytics.market.MarketViews.MoneyPath;
import org.kamgraph.analytics.market.MarketViews.MoneyTrail;
import org.kamgraph.analytics.market.MarketViews.Route;
import org.kamgraph.api.keyaccounts.AccountPlan;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * One vocabulary (issue 16): a field that named one concept under a second name now carries the name used everywhere
 * else in the schema, in the code as in the schema; the old name stays, {@code @deprecated}, so BI clients do not
 * break, and is answered here from the new one. docs/MODEL.md lists every rename.
 */
@Controller
public class RenamedFieldsController {
    private final PlanMoneyController planMoney;

    public RenamedFieldsController(PlanMoneyController planMoney) {
        this.planMoney = planMoney;
    }

    /** Deprecated: {@code AccountPlan.followTheMoney}, the query's name. */
    @SchemaMapping(typeName = "AccountPlan", field = "moneyTrail")
    public MoneyTrail moneyTrail(AccountPlan plan) {
        return planMoney.followTheMoney(plan);
    }

    /** Deprecated: {@code AccountPlan.fragileAccounts}, as in {@code coverageGaps}. */
    @SchemaMapping(typeName = "AccountPlan", field = "singleThreadRisks")
    public List<AccountCoverage> singleThreadRisks(AccountPlan plan) {
        return plan.fragileAccounts();
    }

    /** Deprecated: {@code Listing.listedBy}, as in {@code FormularyListing}. */
    @SchemaMapping(typeName = "Listing", field = "body")
    public NodeSummary body(ListingView listing) {
        return listing.listedBy();
    }

    /** Deprecated: {@code StakeholderCoverage.coverage}, as in every other coverage list. */
    @SchemaMapping(typeName = "StakeholderCoverage", field = "coveredBy")
    public List<TeamContact> coveredBy(StakeholderCoverage stakeholder) {
        return stakeholder.coverage();
    }

    /** Deprecated: {@code Route.formulary} (coverage means our team's coverage of people and accounts). */
    @SchemaMapping(typeName = "Route", field = "coverage")
    public List<Listing> coverage(Route route) {
        return route.formulary();
    }

    /** Deprecated: {@code MoneyPath.spend}, as in {@code Route.spend}. */
    @SchemaMapping(typeName = "MoneyPath", field = "value")
    public double value(MoneyPath path) {
        return path.spend();
    }
}
