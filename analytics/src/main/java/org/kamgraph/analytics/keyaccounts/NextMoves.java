package org.kamgraph.analytics.keyaccounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.keyaccounts.AccountContext.Position;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.DecisionView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.DmuMemberView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.InitiativeView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.ListingView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.Maturity;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.MilestoneView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.NextMove;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.ProductSpend;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.TeamContact;
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
public final class NextMoves {
    static final int MAX = 12;

    /**
     * An influential person the coverage-gap rules flagged (as coverageGaps answers): rank in the account's ranking,
     * the reason (UNCOVERED, WEAK or STALE), first position (null when none) and who covers them, best first.
     */
    public record Gap(NodeSummary person, int influenceRank, String reason, Position position, List<TeamContact> coverage) {
    }

    /** The account or a unit of it held by one team member only ({@code onlyMember}), as coverageGaps' fragile accounts. */
    public record FragileAccount(NodeSummary account, String onlyMember, long relationships, String risk) {
    }

    private NextMoves() {
    }

    /** The moves, most urgent first, at most {@link #MAX}. */
    public static List<NextMove> derive(AccountContext c, List<DecisionView> decisions, List<Gap> gaps, List<FragileAccount> fragileAccounts,
                                        List<ListingView> formulary, List<ProductSpend> portfolio, Maturity maturity) {
        List<NextMove> out = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        Map<String, Position> positions = new HashMap<>();
        c.ranking().forEach(p -> positions.put(p.person().id(), p.position()));
        gaps.forEach(g -> {
            if (!positions.containsKey(g.person().id())) {
                positions.put(g.person().id(), g.position());
            }
        });
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
        for (Gap g : gaps) {
            if (!named.add(g.person().id())) {
                continue;
            }
            String role = roleFor(g.person(), g.position());
            String title = g.position() == null ? "" : " (" + g.position().title() + ", " + g.position().organization() + ")";
            switch (g.reason()) {
                case "UNCOVERED" -> out.add(move(2, "UNCOVERED_INFLUENCER", "Engage " + g.person().name() + title, g.person(), role, c,
                        "rank #" + g.influenceRank() + " in the account's influence ranking" + "; nobody on our team covers them"));
                case "WEAK" -> out.add(move(3, "WEAK_RELATIONSHIP", "Strengthen the relationship with " + g.person().name() + title, g.person(),
                        role, c, "rank #" + g.influenceRank() + " in the account's influence ranking" + "; best coverage strength "
                        + g.coverage().stream().map(x -> x.strength() == null ? "?" : String.valueOf(x.strength())).findFirst().orElse("?")));
                case "STALE" -> out.add(move(4, "STALE_RELATIONSHIP", "Meet " + g.person().name() + title + " again", g.person(), role, c,
                        "rank #" + g.influenceRank() + " in the account's influence ranking" + "; last contact " + g.coverage().stream().map(x -> String.valueOf(x.lastContact()))
                        .findFirst().orElse("?")));
                default -> {
                }
            }
        }
        KeyAccountViews.CoverageMatrix matrix = CoverageMatrixBuilder.build(c);
        boolean accountListed = fragileAccounts.stream().anyMatch(a -> a.account().id().equals(c.account().id()));
        if (matrix.singlePointOfContact() != null && !accountListed) {
            out.add(move(5, "SINGLE_THREAD", "Add a second thread at " + c.account().name(), new NodeSummary(c.account().id(),
                    c.account().kind(), c.account().name()), "kam", c, "single point of contact " + matrix.singlePointOfContact().name()
                    + ": " + matrix.singlePointReason()));
        }
        for (FragileAccount a : fragileAccounts) {
            String who = "only " + a.onlyMember()
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
                    List<String> where = ls.stream().limit(3).map(l -> l.listedBy().name() + " (" + l.position()
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
        Double best = m.coverage().stream().map(TeamContact::strength).filter(java.util.Objects::nonNull)
                .max(Double::compare).orElse(null);
        return "covered only weakly" + (best == null ? "" : " (best strength " + best + ")");
    }

    private static NextMove move(int priority, String kind, String action, NodeSummary subject, String role, AccountContext c, String reason) {
        return new NextMove(priority, kind, action, subject, role, member(c, role), reason);
    }

    /** The team role suited to a person: MSL for clinicians, market access for payer, pharmacy and economics roles, else KAM. */
    static String roleFor(NodeSummary person, Position position) {
        String title = position == null || position.title() == null ? "" : position.title().toLowerCase(Locale.ROOT);
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
    static NodeSummary member(AccountContext c, String role) {
        TeamRow best = null;
        for (TeamRow t : c.team()) {
            if (role.equals(t.role()) && (best == null || t.covers().size() > best.covers().size())) {
                best = t;
            }
        }
        return best == null ? null : new NodeSummary(best.id(), NodeKind.TEAM_MEMBER, best.name());
    }

    static NodeSummary kam(AccountContext c) {
        return member(c, "kam");
    }
}
