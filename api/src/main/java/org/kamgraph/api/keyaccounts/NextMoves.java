package org.kamgraph.api.keyaccounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kamgraph.analytics.keyaccounts.Money;
import org.kamgraph.api.influence.InfluenceViews.AccountCoverage;
import org.kamgraph.api.influence.InfluenceViews.CoverageGap;
import org.kamgraph.api.influence.InfluenceViews.CoverageGapResult;
import org.kamgraph.api.influence.InfluenceViews.NodeSummary;
import org.kamgraph.api.influence.InfluenceViews.PositionSummary;
import org.kamgraph.api.keyaccounts.AccountPlanService.Context;
import org.kamgraph.api.keyaccounts.KeyAccountViews.DecisionView;
import org.kamgraph.api.keyaccounts.KeyAccountViews.DmuMemberView;
import org.kamgraph.api.keyaccounts.KeyAccountViews.InitiativeView;
import org.kamgraph.api.keyaccounts.KeyAccountViews.ListingView;
import org.kamgraph.api.keyaccounts.KeyAccountViews.Maturity;
import org.kamgraph.api.keyaccounts.KeyAccountViews.MilestoneView;
import org.kamgraph.api.keyaccounts.KeyAccountViews.NextMove;
import org.kamgraph.api.keyaccounts.KeyAccountViews.ProductSpend;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.TeamRow;
import org.kamgraph.model.NodeKind;

/**
 * Next moves derived from the gaps, most urgent first: (1) uncovered deciders and approvers of open decisions, by
 * due date (their rank is the one in the decision's own influence ranking); (2) influential people nobody covers,
 * (3) covers weakly or (4) has not met lately (ranks in the account's ranking, gaps as coverageGaps answers); (5) the
 * account with a single point of contact, and units held by a single thread; (6) our products excluded, unlisted or restricted where the account's spend on them is largest;
 * (7) overdue milestones; (8) what the next KAM maturity stage is missing. Each move names the team role suited to
 * it (an MSL for clinicians, market access for payers, pharmacists and health economists, the KAM for executives)
 * and the team member of that role already working the account, if any.
 */
final class NextMoves {
    static final int MAX = 12;

    private NextMoves() {
    }

    static List<NextMove> derive(Context c, List<DecisionView> decisions, CoverageGapResult gaps, List<ListingView> formulary,
                                 List<ProductSpend> portfolio, Maturity maturity) {
        List<NextMove> out = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        Map<String, List<PositionSummary>> positions = new HashMap<>();
        c.ranking().people().forEach(p -> positions.put(p.person().id(), p.positions()));
        gaps.gaps().forEach(g -> positions.putIfAbsent(g.person().id(), g.positions()));
        for (DecisionView d : decisions) {
            for (DmuMemberView m : d.dmu()) {
                if (!m.covered() && (m.role().equals("decider") || m.role().equals("approver")) && named.add(m.person().id())) {
                    String role = roleFor(m.person(), positions.get(m.person().id()));
                    out.add(move(1, "UNCOVERED_DECIDER", "Reach " + m.person().name() + " (" + m.role() + " of " + d.decision().name()
                            + (d.dueDate() == null ? "" : ", due " + d.dueDate()) + ") before the decision", m.person(), role, c,
                            (m.influenceRank() == null ? "in the DMU" : "rank #" + m.influenceRank() + " in the decision's influence ranking")
                            + "; " + coverageInWords(m)));
                }
            }
        }
        for (CoverageGap g : gaps.gaps()) {
            if (!named.add(g.person().id())) {
                continue;
            }
            String role = roleFor(g.person(), g.positions());
            String title = g.positions().isEmpty() ? "" : " (" + g.positions().getFirst().title() + ", " + g.positions().getFirst().organization().name() + ")";
            switch (g.reason()) {
                case UNCOVERED -> out.add(move(2, "UNCOVERED_INFLUENCER", "Engage " + g.person().name() + title, g.person(), role, c,
                        "rank #" + g.influenceRank() + " in the account's influence ranking" + "; nobody on our team covers them"));
                case WEAK -> out.add(move(3, "WEAK_RELATIONSHIP", "Strengthen the relationship with " + g.person().name() + title, g.person(),
                        role, c, "rank #" + g.influenceRank() + " in the account's influence ranking" + "; best coverage strength "
                        + g.coverage().stream().map(x -> x.strength() == null ? "?" : String.valueOf(x.strength())).findFirst().orElse("?")));
                case STALE -> out.add(move(4, "STALE_RELATIONSHIP", "Meet " + g.person().name() + title + " again", g.person(), role, c,
                        "rank #" + g.influenceRank() + " in the account's influence ranking" + "; last contact " + g.coverage().stream().map(x -> String.valueOf(x.lastContact()))
                        .findFirst().orElse("?")));
                default -> {
                }
            }
        }
        KeyAccountViews.CoverageMatrix matrix = CoverageMatrixBuilder.build(c);
        boolean accountListed = gaps.fragileAccounts().stream().anyMatch(a -> a.account().id().equals(c.account().id()));
        if (matrix.singlePointOfContact() != null && !accountListed) {
            out.add(move(5, "SINGLE_THREAD", "Add a second thread at " + c.account().name(), new NodeSummary(c.account().id(),
                    c.account().kind(), c.account().name()), "kam", c, "single point of contact " + matrix.singlePointOfContact().name()
                    + ": " + matrix.singlePointReason()));
        }
        for (AccountCoverage a : gaps.fragileAccounts()) {
            String who = "only " + a.teamMembers().getFirst().teamMember().name()
                    + " holds it (" + a.relationships() + " relationship" + (a.relationships() == 1 ? "" : "s") + ")";
            out.add(move(5, "SINGLE_THREAD", "Add a second thread at " + a.account().name(), a.account(), "kam", c,
                    "risk " + a.risk() + ": " + who));
        }
        Map<String, Double> spend = new HashMap<>();
        portfolio.forEach(p -> spend.put(p.product().id(), p.spend()));
        Map<String, List<ListingView>> weak = new HashMap<>();
        for (ListingView l : formulary) {
            if (l.quality() < 0.5) {
                weak.computeIfAbsent(l.product().id(), k -> new ArrayList<>()).add(l);
            }
        }
        weak.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, List<ListingView>> e) -> -spend.getOrDefault(e.getKey(), 0.0)))
                .limit(3).forEach(e -> {
                    List<ListingView> ls = e.getValue();
                    NodeSummary product = ls.getFirst().product();
                    List<String> where = ls.stream().limit(3).map(l -> l.body().name() + " (" + l.position()
                            + (l.tier() == null ? "" : ", tier " + l.tier()) + ")").toList();
                    out.add(move(6, "ACCESS", "Improve access for " + product.name() + " at " + String.join(", ", where)
                            + (ls.size() > 3 ? " and " + (ls.size() - 3) + " more" : ""), product, "market_access", c,
                            String.format(Locale.ROOT, "the account's prescribers spend %s a year on it; %d weak listing(s)",
                                    Money.format(spend.getOrDefault(e.getKey(), 0.0)), ls.size())));
                });
        for (InitiativeView i : c.initiatives()) {
            for (MilestoneView m : i.milestones()) {
                if (m.overdue() && ("active".equals(i.status()) || "planned".equals(i.status()))) {
                    NodeSummary owner = i.owners().isEmpty() ? null : i.owners().getFirst();
                    out.add(new NextMove(7, "OVERDUE_MILESTONE", "Recover milestone " + m.name() + " of " + i.name(),
                            new NodeSummary(i.id(), NodeKind.INITIATIVE, i.name()), owner == null ? "kam" : c.roles().getOrDefault(owner.id(), "kam"),
                            owner, "due " + m.dueDate() + ", status " + m.status()));
                    break;
                }
            }
        }
        if (maturity.stage() < 5 && !maturity.nextSteps().isEmpty()) {
            out.add(new NextMove(8, "MATURITY", "Towards KAM stage " + (maturity.stage() + 1) + " ("
                    + MaturityAssessment.NAMES[maturity.stage()] + "): " + maturity.nextSteps().getFirst(),
                    new NodeSummary(c.account().id(), c.account().kind(), c.account().name()), "kam", kam(c), "maturity stage "
                    + maturity.stage() + " of 5"));
        }
        out.sort(Comparator.comparingInt(NextMove::priority));
        return out.size() > MAX ? List.copyOf(out.subList(0, MAX)) : out;
    }

    /** "nobody on our team covers them", or how weak the best coverage is. */
    static String coverageInWords(DmuMemberView m) {
        if (m.coverage().isEmpty()) {
            return "nobody on our team covers them";
        }
        Double best = m.coverage().stream().map(KeyAccountViews.TeamContact::strength).filter(java.util.Objects::nonNull)
                .max(Double::compare).orElse(null);
        return "covered only weakly" + (best == null ? "" : " (best strength " + best + ")");
    }

    private static NextMove move(int priority, String kind, String action, NodeSummary subject, String role, Context c, String reason) {
        return new NextMove(priority, kind, action, subject, role, member(c, role), reason);
    }

    /** The team role suited to a person: MSL for clinicians, market access for payer, pharmacy and economics roles, else KAM. */
    static String roleFor(NodeSummary person, List<PositionSummary> positions) {
        String title = positions == null || positions.isEmpty() || positions.getFirst().title() == null ? ""
                : positions.getFirst().title().toLowerCase(Locale.ROOT);
        if (title.contains("pharmac") || title.contains("econom") || title.contains("formulary") || title.contains("medical director")
                || title.contains("procurement") || title.contains("purchas")) {
            return "market_access";
        }
        if (title.contains("nurse")) {
            return "nurse_navigator";
        }
        if (title.contains("chief") || title.contains("ceo") || title.contains("cfo") || title.contains("president") || title.contains("vp")) {
            return "kam";
        }
        return person.kind() == NodeKind.CLINICIAN ? "msl" : "kam";
    }

    /** The team member of that role working the account with the most relationships in it. */
    static NodeSummary member(Context c, String role) {
        TeamRow best = null;
        for (TeamRow t : c.team()) {
            if (role.equals(t.role()) && (best == null || t.covers().size() > best.covers().size())) {
                best = t;
            }
        }
        return best == null ? null : new NodeSummary(best.id(), NodeKind.TEAM_MEMBER, best.name());
    }

    static NodeSummary kam(Context c) {
        return member(c, "kam");
    }
}
