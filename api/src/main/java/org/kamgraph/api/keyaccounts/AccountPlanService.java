package org.kamgraph.api.keyaccounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kamgraph.algorithms.scoring.ListingQuality;
import org.kamgraph.algorithms.scoring.TierPolicy;
import org.kamgraph.algorithms.scoring.Weights;
import org.kamgraph.api.influence.CoverageGaps;
import org.kamgraph.api.influence.InfluenceOptions;
import org.kamgraph.api.influence.InfluenceService;
import org.kamgraph.api.influence.InfluenceViews.AccountCoverage;
import org.kamgraph.api.influence.InfluenceViews.CoverageGap;
import org.kamgraph.api.influence.InfluenceViews.CoverageGapResult;
import org.kamgraph.api.influence.InfluenceViews.InfluenceResult;
import org.kamgraph.api.influence.InfluenceViews.Influencer;
import org.kamgraph.api.influence.InfluenceViews.NodeSummary;
import org.kamgraph.api.keyaccounts.KeyAccountViews.AccountPlan;
import org.kamgraph.api.keyaccounts.KeyAccountViews.DecisionView;
import org.kamgraph.api.keyaccounts.KeyAccountViews.DmuMemberView;
import org.kamgraph.api.keyaccounts.KeyAccountViews.InitiativeView;
import org.kamgraph.api.keyaccounts.KeyAccountViews.ListingView;
import org.kamgraph.api.keyaccounts.KeyAccountViews.MoneyFlow;
import org.kamgraph.api.keyaccounts.KeyAccountViews.NextMove;
import org.kamgraph.api.keyaccounts.KeyAccountViews.ProductSpend;
import org.kamgraph.api.keyaccounts.KeyAccountViews.TeamContact;
import org.kamgraph.api.keyaccounts.KeyAccountViews.TeamMemberView;
import org.kamgraph.api.keyaccounts.KeyAccountViews.TieredAccount;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.NotFoundException;
import org.kamgraph.cypher.influence.InfluenceQueries;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.AccountRow;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.Body;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.ProductRow;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.TeamRow;
import org.kamgraph.model.NodeKind;

/**
 * The one-page account plan: who matters (influence ranking of the account, DMUs of its open decisions), where our
 * coverage is thin, money and formulary position, the portfolio view of prescribing, initiatives with progress, our
 * team with its coverage matrix and KAM maturity, and next moves derived from the gaps. Reuses the influence
 * ranking ({@link InfluenceService#accountInfluencers}) and coverage gaps ({@link CoverageGaps#forAccount}).
 */
public final class AccountPlanService {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AccountPlanService.class);
    /** How many ranked people are read to give DMU members and stakeholders their influence rank. */
    static final int RANKED = 200;
    /** The neighbourhood depth of a decision's ranking: decisionInfluencers' default. */
    static final int DECISION_DEPTH = 2;
    static final CoverageGaps.Thresholds GAPS = new CoverageGaps.Thresholds(20, KeyAccountTiering.MIN_COVER_STRENGTH, 180);
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
     * What the plan, the matrix and the maturity assessment all read: the account's influence ranking (the same as
     * accountInfluencers answers, {@code ranked}; its first {@link #RANKED} people explained in {@code ranking}), and
     * for each open decision the decision's own ranking (as decisionInfluencers answers), so a DMU member's rank is
     * the one a KAM sees when asking about that decision.
     */
    record Context(AccountRow account, LocalDate asOf, InfluenceService.Ranked ranked, InfluenceResult ranking,
                   Map<String, Influencer> rankedPeople, List<KeyAccountQueries.OpenDecision> decisions,
                   Map<String, Map<String, DecisionRank>> decisionRanks, List<TeamRow> team,
                   List<InitiativeView> initiatives, Map<String, String> roles) {
        /** The person's place in the account's ranking, or null when not among its first {@link #RANKED} people. */
        Influencer rankOf(String personId) {
            return rankedPeople.get(personId);
        }

        /** The person's place in the decision's own influence ranking, or null when not in it. */
        DecisionRank decisionRankOf(String decisionId, String personId) {
            return decisionRanks.getOrDefault(decisionId, Map.of()).get(personId);
        }
    }

    /** A rank and score in a decision's influence ranking. */
    record DecisionRank(int rank, double score) {
    }

    Context context(NodeKind kind, String id, LocalDate asOf) {
        return context(kind, id, asOf, account(kind, id, asOf), new java.util.concurrent.ConcurrentHashMap<>());
    }

    /** The context of an account already checked; its independent reads run side by side. */
    Context context(NodeKind kind, String id, LocalDate asOf, AccountRow a, Map<String, Long> timings) {
        long t0 = System.nanoTime();
        var rankedF = SideBySide.start("rankAccount", timings, () -> influence.rankAccount(kind, id, asOf));
        var explainedF = rankedF.thenCompose(r -> SideBySide.start("explain", timings, () -> influence.explain(r, new InfluenceService.Page(0, RANKED, 0))));
        var decisionsF = SideBySide.start("openDecisions", timings, () -> queries.openDecisions(a.elementId(), asOf));
        var ranksF = decisionsF.thenCompose(ds -> SideBySide.start("decisionRankings", timings, () -> {
            Map<String, Map<String, DecisionRank>> out = new HashMap<>();
            for (KeyAccountQueries.OpenDecision d : ds) {
                out.put(d.id(), decisionRanks(d, asOf));
            }
            return out;
        }));
        var teamF = decisionsF.thenCompose(ds -> SideBySide.start("team", timings, () -> {
            Set<String> people = new LinkedHashSet<>(a.people());
            for (KeyAccountQueries.OpenDecision d : ds) {
                d.dmu().forEach(m -> people.add(m.person().elementId()));
            }
            return queries.team(a.elementId(), new ArrayList<>(people), asOf);
        }));
        var initiativesF = SideBySide.start("initiatives", timings, () -> queries.initiatives(a.elementId(), null, null, asOf));
        InfluenceService.Ranked ranked = SideBySide.join(rankedF);
        InfluenceResult r = SideBySide.join(explainedF);
        Map<String, Influencer> rankedPeople = new HashMap<>();
        r.people().forEach(p -> rankedPeople.put(p.person().id(), p));
        List<KeyAccountQueries.OpenDecision> decisions = SideBySide.join(decisionsF);
        Map<String, Map<String, DecisionRank>> decisionRanks = SideBySide.join(ranksF);
        List<TeamRow> team = SideBySide.join(teamF);
        var rows = SideBySide.join(initiativesF);
        LOG.debug("Plan context of {} {}: {} ms", kind.label(), id, (System.nanoTime() - t0) / 1_000_000);
        Map<String, String> roles = new HashMap<>();
        rows.forEach(i -> i.owners().forEach(o -> roles.put(o.id(), o.role())));
        team.forEach(t -> roles.put(t.id(), t.role()));
        List<InitiativeView> initiatives = rows.stream().map(i -> Initiatives.view(i, asOf)).toList();
        return new Context(a, asOf, ranked, r, rankedPeople, decisions, decisionRanks, team, initiatives, roles);
    }

    /**
     * The DMU members' ranks in the decision's own ranking (decisionInfluencers with its defaults); none when the
     * decision has nobody deciding (no ranking exists for it).
     */
    private Map<String, DecisionRank> decisionRanks(KeyAccountQueries.OpenDecision d, LocalDate asOf) {
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

    public AccountPlan plan(NodeKind kind, String id, LocalDate asOf, int stakeholders) {
        long t0 = System.nanoTime();
        AccountRow a = account(kind, id, asOf);
        long t1 = System.nanoTime();
        Map<String, Long> timings = new java.util.concurrent.ConcurrentHashMap<>();
        // The market's tiering first and alone: cached after the first plan of a day, but the first one reads every
        // account, and beside the other reads it starved them past the read timeout on a loaded machine.
        KeyAccountTiering.Tiering t = tiering.tier(new KeyAccountTiering.Options(NodeKind.accounts(), null, null,
                Weights.DEFAULTS, TierPolicy.DEFAULTS, asOf, null, null));
        timings.put("tiering", (System.nanoTime() - t1) / 1_000_000);
        // Reads that do not depend on the influence ranking start at once, beside the context's.
        var moneyF = SideBySide.start("money", timings, () -> queries.money(a.elementId(), asOf));
        var productsF = SideBySide.start("products", timings, queries::products);
        var portfolioF = SideBySide.start("portfolio", timings, () -> portfolio(a, asOf));
        var formularyF = productsF.thenCompose(ps -> SideBySide.start("formulary", timings, () -> formulary(a, ps, asOf)));
        Context c = context(kind, id, asOf, a, timings);
        var gapsF = SideBySide.start("coverageGaps", timings, () -> coverageGaps.forAccount(c.ranked(), GAPS));
        long t2 = System.nanoTime();
        NodeSummary subject = new NodeSummary(a.id(), a.kind(), a.name());
        TieredAccount tier = t.accounts().stream().filter(x -> x.account().kind() == kind && x.account().id().equals(id)).findFirst().orElse(null);
        List<Influencer> top = c.ranking().people().stream().limit(stakeholders).toList();
        double total = 0;
        double covered = 0;
        for (Influencer p : c.ranking().people()) {
            total += p.score();
            if (p.covered()) {
                covered += p.score();
            }
        }
        List<DecisionView> decisions = decisions(c);
        CoverageGapResult gaps = SideBySide.join(gapsF);
        List<MoneyFlow> money = SideBySide.join(moneyF).stream().map(m -> new MoneyFlow(m.direction(), m.type(),
                new NodeSummary(m.counterpart().id(), m.counterpart().kind(), m.counterpart().name()), m.amount(),
                m.currencies().isEmpty() ? null : String.join("/", m.currencies()), m.relationships())).toList();
        List<ProductRow> products = SideBySide.join(productsF);
        List<ProductSpend> portfolio = SideBySide.join(portfolioF);
        long t3 = System.nanoTime();
        Set<String> ourAreas = new TreeSet<>();
        products.stream().filter(ProductRow::ours).forEach(p -> ourAreas.add(p.area()));
        double areaSpend = portfolio.stream().filter(p -> ourAreas.contains(p.therapeuticArea())).mapToDouble(ProductSpend::spend).sum();
        double ourSpend = portfolio.stream().filter(ProductSpend::ours).mapToDouble(ProductSpend::spend).sum();
        List<ListingView> formulary = SideBySide.join(formularyF);
        List<TeamMemberView> team = team(c);
        var matrix = CoverageMatrixBuilder.build(c);
        var maturity = MaturityAssessment.assess(c, total > 0 ? covered / total : 0);
        List<NextMove> moves = NextMoves.derive(c, decisions, gaps, formulary, portfolio, maturity);
        long t4 = System.nanoTime();
        LOG.info("Account plan of {} {} on {}: {} ms; account {} ms, context {} ms, then tiering, gaps, money and portfolio {} ms, "
                + "the rest {} ms; each read (side by side): {}", kind.label(), id, asOf, (t4 - t0) / 1_000_000, (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, new java.util.TreeMap<>(timings));
        return new AccountPlan(subject, a.territory(), asOf, tier, top, total > 0 ? covered / total : 0, decisions, gaps.gaps(),
                gaps.fragileAccounts(), money, MONEY_NOTE, portfolio, areaSpend > 0 ? ourSpend / areaSpend : 0, formulary,
                c.initiatives(), Initiatives.rollup(c.initiatives()), team, matrix, maturity, moves, (System.nanoTime() - t0) / 1_000_000);
    }

    public KeyAccountViews.CoverageMatrix coverageMatrix(NodeKind kind, String id, LocalDate asOf) {
        return CoverageMatrixBuilder.build(context(kind, id, asOf));
    }

    public KeyAccountViews.Maturity maturity(NodeKind kind, String id, LocalDate asOf) {
        Context c = context(kind, id, asOf);
        double total = 0;
        double covered = 0;
        for (Influencer p : c.ranking().people()) {
            total += p.score();
            if (p.covered()) {
                covered += p.score();
            }
        }
        return MaturityAssessment.assess(c, total > 0 ? covered / total : 0);
    }

    static List<DecisionView> decisions(Context c) {
        List<DecisionView> out = new ArrayList<>();
        for (KeyAccountQueries.OpenDecision d : c.decisions()) {
            List<DmuMemberView> dmu = new ArrayList<>();
            int uncovered = 0;
            for (KeyAccountQueries.DmuMember m : d.dmu()) {
                DecisionRank r = c.decisionRankOf(d.id(), m.person().id());
                Influencer inAccount = c.rankOf(m.person().id());
                List<TeamContact> cov = m.coverage().stream().map(x -> new TeamContact(new NodeSummary(x.teamMemberId(), NodeKind.TEAM_MEMBER,
                        x.teamMemberName()), x.role(), x.strength(), x.lastContact())).toList();
                boolean isCovered = cov.stream().anyMatch(x -> x.strength() == null || x.strength() >= KeyAccountTiering.MIN_COVER_STRENGTH);
                if (!isCovered && (m.role().equals("decider") || m.role().equals("approver"))) {
                    uncovered++;
                }
                dmu.add(new DmuMemberView(new NodeSummary(m.person().id(), m.person().kind(), m.person().name()), m.role(),
                        r == null ? null : r.score(), r == null ? null : r.rank(), inAccount == null ? null : inAccount.rank(), cov, isCovered));
            }
            out.add(new DecisionView(new NodeSummary(d.id(), NodeKind.DECISION, d.name()), d.decisionType(), d.dueDate(),
                    d.atId() == null ? null : new NodeSummary(d.atId(), null, d.atName()), d.products(), dmu, uncovered));
        }
        return out;
    }

    List<ProductSpend> portfolio(AccountRow a, LocalDate asOf) {
        var rows = queries.portfolio(a.people(), asOf, asOf.minusYears(1));
        double total = rows.stream().mapToDouble(KeyAccountQueries.PortfolioRow::spend).sum();
        return rows.stream().map(r -> new ProductSpend(new NodeSummary(r.id(), NodeKind.PRODUCT, r.name()), r.area(), r.ours(), r.spend(),
                r.spendBefore(), r.prescribers(), total > 0 ? r.spend() / total : 0)).toList();
    }

    List<ListingView> formulary(AccountRow a, List<ProductRow> products, LocalDate asOf) {
        List<ProductRow> ours = products.stream().filter(ProductRow::ours).toList();
        if (a.bodies().isEmpty() || ours.isEmpty()) {
            return List.of();
        }
        Map<String, Body> bodies = queries.listings(a.bodies(), ours.stream().map(ProductRow::id).toList(), asOf);
        List<ListingView> out = new ArrayList<>();
        for (Body b : bodies.values()) {
            NodeSummary body = new NodeSummary(b.node().id(), b.node().kind(), b.node().name());
            for (ProductRow p : ours) {
                KeyAccountQueries.Listing l = b.listings().stream().filter(x -> x.productId().equals(p.id())).findFirst().orElse(null);
                boolean listed = l != null;
                Long tier = listed ? l.tier() : null;
                Boolean pa = listed ? l.priorAuth() : null;
                Boolean st = listed ? l.stepTherapy() : null;
                Boolean ex = listed ? l.excluded() : null;
                out.add(new ListingView(body, new NodeSummary(p.id(), NodeKind.PRODUCT, p.name()), tier, pa, st, ex,
                        ListingQuality.position(listed, tier, pa, st, ex), ListingQuality.of(listed, tier, pa, st, ex)));
            }
        }
        out.sort(Comparator.comparing((ListingView v) -> v.body().kind().ordinal()).thenComparing(v -> v.body().name(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(v -> v.product().id()));
        return out;
    }

    static List<TeamMemberView> team(Context c) {
        Map<String, Integer> owned = new HashMap<>();
        for (InitiativeView i : c.initiatives()) {
            i.owners().forEach(o -> owned.merge(o.id(), 1, Integer::sum));
        }
        List<TeamMemberView> out = new ArrayList<>();
        for (TeamRow t : c.team()) {
            int people = 0;
            int orgs = 0;
            double sum = 0;
            int n = 0;
            LocalDate last = null;
            for (KeyAccountQueries.Covered x : t.covers()) {
                if (x.node().kind().isPerson()) {
                    people++;
                } else {
                    orgs++;
                }
                if (x.strength() != null) {
                    sum += x.strength();
                    n++;
                }
                if (x.lastContact() != null && (last == null || x.lastContact().isAfter(last))) {
                    last = x.lastContact();
                }
            }
            out.add(new TeamMemberView(new NodeSummary(t.id(), NodeKind.TEAM_MEMBER, t.name()), t.role(), t.territory(), people, orgs,
                    n == 0 ? 0 : sum / n, last, owned.getOrDefault(t.id(), 0)));
        }
        out.sort(Comparator.comparing((TeamMemberView v) -> roleOrder(v.role())).thenComparing(v -> -(v.peopleCovered() + v.organizationsCovered())));
        return out;
    }

    static int roleOrder(String role) {
        int i = List.of("kam", "msl", "market_access", "nurse_navigator", "rep").indexOf(role);
        return i < 0 ? 99 : i;
    }
}
