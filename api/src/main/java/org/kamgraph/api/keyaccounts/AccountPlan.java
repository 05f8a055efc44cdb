package org.kamgraph.api.keyaccounts;

import java.time.LocalDate;
import java.util.List;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.influence.InfluenceViews.AccountCoverage;
import org.kamgraph.analytics.influence.InfluenceViews.CoverageGap;
import org.kamgraph.analytics.influence.InfluenceViews.Influencer;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.CoverageMatrix;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.DecisionView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.InitiativeRollup;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.InitiativeView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.ListingView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.Maturity;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.MoneyFlow;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.NextMove;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.ProductSpend;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.TeamMemberView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.TieredAccount;

/** The one-page account plan, as keyaccounts.graphqls names it: the key-account sections beside influence answers. */
public record AccountPlan(NodeSummary account, String territory, LocalDate asOf, TieredAccount tiering,
                          List<Influencer> topStakeholders, double coveredInfluenceShare, List<DecisionView> openDecisions,
                          List<CoverageGap> coverageGaps, List<AccountCoverage> fragileAccounts, List<MoneyFlow> moneyFlows,
                          String moneyNote, List<ProductSpend> portfolio, double ourShare, List<ListingView> formulary,
                          List<InitiativeView> initiatives, InitiativeRollup initiativeProgress, List<TeamMemberView> team,
                          CoverageMatrix coverageMatrix, Maturity maturity, List<NextMove> nextMoves, long millis) {
}
