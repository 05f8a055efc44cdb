package org.kamgraph.api.graphql;

import java.util.List;
import org.kamgraph.api.influence.InfluenceViews.AccountCoverage;
import org.kamgraph.api.influence.InfluenceViews.NodeSummary;
import org.kamgraph.api.keyaccounts.KeyAccountViews.AccountPlan;
import org.kamgraph.api.keyaccounts.KeyAccountViews.ListingView;
import org.kamgraph.api.keyaccounts.KeyAccountViews.StakeholderCoverage;
import org.kamgraph.api.keyaccounts.KeyAccountViews.TeamContact;
import org.kamgraph.api.market.MarketViews.Listing;
import org.kamgraph.api.market.MarketViews.MoneyPath;
import org.kamgraph.api.market.MarketViews.MoneyTrail;
import org.kamgraph.api.market.MarketViews.Route;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * One vocabulary (issue 16): a field that named one concept under a second name now carries the name used everywhere
 * else in the schema, and the old name stays, {@code @deprecated}, so BI clients do not break. The answer records
 * still carry the old component names; each field here reads them, until the records are renamed and this class
 * shrinks to the deprecated names alone. docs/MODEL.md lists every rename.
 */
@Controller
public class RenamedFieldsController {
    private final PlanMoneyController planMoney;

    public RenamedFieldsController(PlanMoneyController planMoney) {
        this.planMoney = planMoney;
    }

    /** Deprecated name of {@code AccountPlan.followTheMoney}, the query's name. */
    @SchemaMapping(typeName = "AccountPlan", field = "moneyTrail")
    public MoneyTrail moneyTrail(AccountPlan plan) {
        return planMoney.moneyTrail(plan);
    }

    /** As {@code coverageGaps.fragileAccounts}; deprecated name {@code singleThreadRisks}. */
    @SchemaMapping(typeName = "AccountPlan", field = "fragileAccounts")
    public List<AccountCoverage> fragileAccounts(AccountPlan plan) {
        return plan.singleThreadRisks();
    }

    /** As {@code FormularyListing.listedBy}; deprecated name {@code body}. */
    @SchemaMapping(typeName = "Listing", field = "listedBy")
    public NodeSummary listedBy(ListingView listing) {
        return listing.body();
    }

    /** As {@code DmuMember.coverage} and every other coverage list; deprecated name {@code coveredBy}. */
    @SchemaMapping(typeName = "StakeholderCoverage", field = "coverage")
    public List<TeamContact> coverage(StakeholderCoverage stakeholder) {
        return stakeholder.coveredBy();
    }

    /** Formulary listings (coverage means our team's coverage of people and accounts); deprecated name {@code coverage}. */
    @SchemaMapping(typeName = "Route", field = "formulary")
    public List<Listing> formulary(Route route) {
        return route.coverage();
    }

    /** As {@code Route.spend}; deprecated name {@code value}. */
    @SchemaMapping(typeName = "MoneyPath", field = "spend")
    public double spend(MoneyPath path) {
        return path.value();
    }
}
