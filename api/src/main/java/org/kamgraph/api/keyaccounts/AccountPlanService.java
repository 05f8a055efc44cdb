package org.kamgraph.api.keyaccounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kamgraph.algorithms.scoring.TierPolicy;
import org.kamgraph.algorithms.scoring.Weights;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.influence.InfluenceViews.AccountCoverage;
import org.kamgraph.analytics.influence.InfluenceViews.CoverageEntry;
import org.kamgraph.analytics.influence.InfluenceViews.CoverageGap;
import org.kamgraph.analytics.influence.InfluenceViews.CoverageGapResult;
import org.kamgraph.analytics.influence.InfluenceViews.InfluenceResult;
import org.kamgraph.analytics.influence.InfluenceViews.Influencer;
import org.kamgraph.analytics.influence.InfluenceViews.PositionSummary;
import org.kamgraph.analytics.keyaccounts.AccountContext;
import org.kamgraph.analytics.keyaccounts.AccountContext.DecisionRank;
import org.kamgraph.analytics.keyaccounts.AccountContext.Position;
import org.kamgraph.analytics.keyaccounts.AccountContext.RankedPerson;
import org.kamgraph.analytics.keyaccounts.CoverageMatrixBuilder;
import org.kamgraph.analytics.keyaccounts.Initiatives;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.CoverageMatrix;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.DecisionView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.InitiativeView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.ListingView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.Maturity;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.MoneyFlow;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.NextMove;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.ProductSpend;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.TeamContact;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.TieredAccount;
import org.kamgraph.analytics.keyaccounts.MaturityAssessment;
import org.kamgraph.analytics.keyaccounts.NextMoves;
import org.kamgraph.analytics.keyaccounts.PlanSections;
import org.kamgraph.analytics.keyaccounts.RelationshipCoverage;
import org.kamgraph.api.influence.CoverageGaps;
import org.kamgraph.api.influence.InfluenceService;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.influence.InfluenceQueries;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.AccountRow;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.OpenDecision;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.ProductRow;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.TeamRow;
import org.kamgraph.model.NodeKind;

/**
 * The one-page account plan: who matters (influence ranking of the account, DMUs of its open decisions), where our
 * coverage is thin, money and formulary position, the portfolio view of prescribing, initiatives with progress, our
 * team with its coverage matrix and KAM maturity, and next moves derived from the gaps. It reads (through cypher, the
 * influence ranking {@link InfluenceService#accountInfluencers} and coverage gaps {@link CoverageGaps#forAccount}),
 * computes with analytics ({@link PlanSections}, {@link CoverageMatrixBuilder}, {@link MaturityAssessment},
 * {@link NextMoves}) and shapes the {@link AccountPlan}.
 */
public final class AccountPlanService {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AccountPlanService.class);
    /** How many ranked people are read to give DMU members and stakeholders their influence rank. */
    static final int RANKED = 200;
    /** The neighbourhood depth of a decision's ranking: decisionInfluencers' default. */
    static final int DECISION_DEPTH = 2;
    static final CoverageGaps.Thresholds GAPS = new CoverageGaps.Thresholds(20, RelationshipCoverage.MIN_COVER_STRENGTH, 180);
    static final String MONEY_NOTE = "Money relationships of the account and its units (amounts per year as stored); "
            + "followTheMoney follows the spend through the market (maximum flow in and out, largest paths).";
    private final KeyAccountQueries queries;
    private final InfluenceQueries influenceQueries;
    private final KeyAccountTiering tiering;
    private final InfluenceService influence;
    private final CoverageGaps coverageGaps;

    public AccountPlanService(KeyAccountQueries queries, InfluenceQueries influenceQueries, KeyAccountTiering tiering,
                              InfluenceService influence, CoverageGaps coverageGaps) {
        this.queries = queries;
        this.influenceQueries = influenceQueries;
        this.tiering = tiering;
        this.influence = influence;
        this.coverageGaps = coverageGaps;
    }

    public AccountPlan plan(NodeKind kind, String id, LocalDate asOf, int stakeholders) {
        long t0 = System.nanoTime();
        AccountRow a = account(kind, id, asOf);
        long t1 = System.nanoTime();
        Map<String, Long> timings = new ConcurrentHashMap<>();
        // The market's tiering first and alone: cached after the first plan of a day, but the first one reads every
        // account, and beside the other reads it starved them past the read timeout on a loaded machine.
        KeyAccountTiering.Tiering t = tiering.tier(new KeyAccountTiering.Options(NodeKind.accounts(), null, null,
                Weights.DEFAULTS, TierPolicy.DEFAULTS, asOf, null, null));
        timings.put("tiering", (System.nanoTime() - t1) / 1_000_000);
        // Reads that do not depend on the influence ranking start at once, beside the context's.
        var moneyF = SideBySide.start("money", timings, () -> queries.money(a.elementId(), asOf));
        var productsF = SideBySide.start("products", timings, queries::products);
        var portfolioF = SideBySide.start("portfolio", timings, () -> queries.portfolio(a.people(), asOf, asOf.minusYears(1)));
        var formularyF = productsF.thenCompose(ps -> SideBySide.start("formulary", timings, () -> formulary(a, ps, asOf)));
        Read r = read(kind, id, asOf, a, timings);
        var gapsF = SideBySide.start("coverageGaps", timings, () -> coverageGaps.forAccount(r.ranked(), GAPS));
        long t2 = System.nanoTime();
        AccountContext c = r.context();
        TieredAccount tier = t.accounts().stream().filter(x -> x.account().kind() == kind && x.account().id().equals(id)).findFirst().orElse(null);
        List<Influencer> top = r.ranking().people().stream().limit(stakeholders).toList();
        List<DecisionView> decisions = PlanSections.decisions(c);
        CoverageGapResult gaps = SideBySide.join(gapsF);
        List<MoneyFlow> money = SideBySide.join(moneyF).stream().map(m -> new MoneyFlow(m.direction(), m.type(),
                new NodeSummary(m.counterpart().id(), m.counterpart().kind(), m.counterpart().name()), m.amount(),
                m.currencies().isEmpty() ? null : String.join("/", m.currencies()), m.relationships())).toList();
        List<ProductRow> products = SideBySide.join(productsF);
        List<ProductSpend> portfolio = PlanSections.portfolio(SideBySide.join(portfolioF));
        long t3 = System.nanoTime();
        List<ListingView> formulary = SideBySide.join(formularyF);
        CoverageMatrix matrix = CoverageMatrixBuilder.build(c);
        Maturity maturity = MaturityAssessment.assess(c, c.coveredShare());
        List<NextMove> moves = NextMoves.derive(c, decisions, gaps.gaps().stream().map(AccountPlanService::gap).toList(),
                gaps.fragileAccounts().stream().map(AccountPlanService::fragileAccount).toList(), formulary, portfolio, maturity);
        long t4 = System.nanoTime();
        LOG.info("Account plan of {} {} on {}: {} ms; account {} ms, context {} ms, then tiering, gaps, money and portfolio {} ms, "
                + "the rest {} ms; each read (side by side): {}", kind.label(), id, asOf, (t4 - t0) / 1_000_000, (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, new java.util.TreeMap<>(timings));
        return new AccountPlan(new NodeSummary(a.id(), a.kind(), a.name()), a.territory(), asOf, tier, top, c.coveredShare(), decisions,
                gaps.gaps(), gaps.fragileAccounts(), money, MONEY_NOTE, portfolio, PlanSections.ourShare(portfolio, products), formulary,
                c.initiatives(), Initiatives.rollup(c.initiatives()), PlanSections.team(c), matrix, maturity, moves,
                (System.nanoTime() - t0) / 1_000_000);
    }

    public CoverageMatrix coverageMatrix(NodeKind kind, String id, LocalDate asOf) {
        return CoverageMatrixBuilder.build(read(kind, id, asOf).context());
    }

    public Maturity maturity(NodeKind kind, String id, LocalDate asOf) {
        AccountContext c = read(kind, id, asOf).context();
        return MaturityAssessment.assess(c, c.coveredShare());
    }

    // --- reading ---------------------------------------------------------------------------------------------------

    /** The account asked about: must exist (NOT_FOUND), be an account kind and be valid on {@code asOf} (BAD_REQUEST). */
    AccountRow account(NodeKind kind, String id, LocalDate asOf) {
        if (!kind.isAccount()) {
            throw new BadInputException("account.kind", kind.label() + " is not an account kind; accounts are "
                    + String.join(", ", NodeKind.accounts().stream().map(NodeKind::label).toList()));
        }
        InfluenceQueries.NodeRef n = influenceQueries.node(kind, id, "account");
        List<AccountRow> rows = queries.accounts(List.of(kind), n.elementId(), asOf);
        if (rows.isEmpty()) {
            throw new BadInputException("asOf", kind.label() + " '" + id + "' is not valid on " + asOf);
        }
        return rows.getFirst();
    }

    /**
     * What the plan, the matrix and the maturity assessment all read: the account's {@link AccountContext}, with the
     * influence ranking behind it (the same as accountInfluencers answers, {@code ranked}; its first {@link #RANKED}
     * people explained in {@code ranking}) for the stakeholders and the coverage gaps.
     */
    record Read(AccountContext context, InfluenceService.Ranked ranked, InfluenceResult ranking) {
    }

    Read read(NodeKind kind, String id, LocalDate asOf) {
        return read(kind, id, asOf, account(kind, id, asOf), new ConcurrentHashMap<>());
    }

    /** The context of an account already checked; its independent reads run side by side. */
    Read read(NodeKind kind, String id, LocalDate asOf, AccountRow a, Map<String, Long> timings) {
        long t0 = System.nanoTime();
        var rankedF = SideBySide.start("rankAccount", timings, () -> influence.rankAccount(kind, id, asOf));
        var explainedF = rankedF.thenCompose(r -> SideBySide.start("explain", timings, () -> influence.explain(r, new InfluenceService.Page(0, RANKED, 0))));
        var decisionsF = SideBySide.start("openDecisions", timings, () -> queries.openDecisions(a.elementId(), asOf));
        var ranksF = decisionsF.thenCompose(ds -> SideBySide.start("decisionRankings", timings, () -> {
            Map<String, Map<String, DecisionRank>> out = new HashMap<>();
            for (OpenDecision d : ds) {
                out.put(d.id(), decisionRanks(d, asOf));
            }
            return out;
        }));
        var teamF = decisionsF.thenCompose(ds -> SideBySide.start("team", timings, () -> {
            Set<String> people = new LinkedHashSet<>(a.people());
            for (OpenDecision d : ds) {
                d.dmu().forEach(m -> people.add(m.person().elementId()));
            }
            return queries.team(a.elementId(), new ArrayList<>(people), asOf);
        }));
        var initiativesF = SideBySide.start("initiatives", timings, () -> queries.initiatives(a.elementId(), null, null, asOf));
        InfluenceService.Ranked ranked = SideBySide.join(rankedF);
        InfluenceResult r = SideBySide.join(explainedF);
        List<OpenDecision> decisions = SideBySide.join(decisionsF);
        Map<String, Map<String, DecisionRank>> decisionRanks = SideBySide.join(ranksF);
        List<TeamRow> team = SideBySide.join(teamF);
        var rows = SideBySide.join(initiativesF);
        LOG.debug("Plan context of {} {}: {} ms", kind.label(), id, (System.nanoTime() - t0) / 1_000_000);
        Map<String, String> roles = AccountContext.roles(rows, team);
        List<InitiativeView> initiatives = rows.stream().map(i -> Initiatives.view(i, asOf)).toList();
        List<RankedPerson> people = r.people().stream().map(p -> ranked(p, roles)).toList();
        return new Read(new AccountContext(a, asOf, people, decisions, decisionRanks, team, initiatives, roles), ranked, r);
    }

    /**
     * The DMU members' ranks in the decision's own ranking (decisionInfluencers with its defaults); none when the
     * decision has nobody deciding (no ranking exists for it).
     */
    private Map<String, DecisionRank> decisionRanks(OpenDecision d, LocalDate asOf) {
        InfluenceService.Ranked r;
        try {
            r = influence.rankDecision(d.id(), DECISION_DEPTH, asOf);
        } catch (BadInputException noDeciders) {
            return Map.of();
        }
        Map<String, DecisionRank> out = new HashMap<>();
        var ranking = r.ranking();
        for (KeyAccountQueries.DmuMember m : d.dmu()) {
            ranking.projection().vertex(m.person().kind(), m.person().id()).ifPresent(v -> {
                if (ranking.rank()[v] > 0) {
                    out.put(m.person().id(), new DecisionRank(ranking.rank()[v], ranking.scores()[v]));
                }
            });
        }
        return out;
    }

    private List<ListingView> formulary(AccountRow a, List<ProductRow> products, LocalDate asOf) {
        List<ProductRow> ours = products.stream().filter(ProductRow::ours).toList();
        if (a.bodies().isEmpty() || ours.isEmpty()) {
            return List.of();
        }
        return PlanSections.formulary(queries.listings(a.bodies(), ours.stream().map(ProductRow::id).toList(), asOf), ours);
    }

    // --- the influence answers as analytics takes them --------------------------------------------------------------

    private static NodeSummary node(NodeSummary n) {
        return new NodeSummary(n.id(), n.kind(), n.name());
    }

    private static Position position(List<PositionSummary> positions) {
        if (positions.isEmpty()) {
            return null;
        }
        PositionSummary p = positions.getFirst();
        return new Position(p.title(), p.organization() == null ? null : p.organization().name());
    }

    private static List<TeamContact> contacts(List<CoverageEntry> coverage, Map<String, String> roles) {
        return coverage.stream().map(x -> new TeamContact(node(x.teamMember()), roles.get(x.teamMember().id()), x.strength(),
                x.lastContact())).toList();
    }

    private static RankedPerson ranked(Influencer p, Map<String, String> roles) {
        return new RankedPerson(node(p.person()), p.rank(), p.score(), p.covered(), contacts(p.coverage(), roles), position(p.positions()));
    }

    private static NextMoves.Gap gap(CoverageGap g) {
        return new NextMoves.Gap(node(g.person()), g.influenceRank(), g.reason().name(), position(g.positions()), contacts(g.coverage(), Map.of()));
    }

    private static NextMoves.FragileAccount fragileAccount(AccountCoverage a) {
        return new NextMoves.FragileAccount(node(a.account()), a.teamMembers().getFirst().teamMember().name(), a.relationships(), a.risk());
    }
}
