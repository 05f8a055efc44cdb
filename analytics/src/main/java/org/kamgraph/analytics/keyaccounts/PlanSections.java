package org.kamgraph.analytics.keyaccounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kamgraph.algorithms.scoring.ListingQuality;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.keyaccounts.AccountContext.DecisionRank;
import org.kamgraph.analytics.keyaccounts.AccountContext.RankedPerson;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.DecisionView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.DmuMemberView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.InitiativeView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.ListingView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.ProductSpend;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.TeamContact;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.TeamMemberView;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.Body;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.Covered;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.DmuMember;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.Listing;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.OpenDecision;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.PortfolioRow;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.ProductRow;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.TeamRow;
import org.kamgraph.model.NodeKind;

/** The account plan's tables computed from what was read: open decisions with their DMUs, team, portfolio, formulary. */
public final class PlanSections {
    /** Team roles in the order the plan lists them; other roles after. */
    static final List<String> ROLE_ORDER = CoverageMatrixBuilder.TEAM_ROLES;

    private PlanSections() {
    }

    /**
     * The open decisions, each DMU member with their rank in the decision's own ranking and in the account's, who
     * covers them, and whether the coverage counts ({@link RelationshipCoverage#MIN_COVER_STRENGTH}); a decision counts
     * its uncovered deciders and approvers.
     */
    public static List<DecisionView> decisions(AccountContext c) {
        List<DecisionView> out = new ArrayList<>();
        for (OpenDecision d : c.decisions()) {
            List<DmuMemberView> dmu = new ArrayList<>();
            int uncovered = 0;
            for (DmuMember m : d.dmu()) {
                DecisionRank r = c.decisionRankOf(d.id(), m.person().id());
                RankedPerson inAccount = c.rankOf(m.person().id());
                List<TeamContact> cov = m.coverage().stream().map(x -> new TeamContact(new NodeSummary(x.teamMemberId(), NodeKind.TEAM_MEMBER,
                        x.teamMemberName()), x.role(), x.strength(), x.lastContact())).toList();
                boolean isCovered = cov.stream().anyMatch(x -> x.strength() == null || x.strength() >= RelationshipCoverage.MIN_COVER_STRENGTH);
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

    /** Prescribing spend per product, each with its share of the account's total. */
    public static List<ProductSpend> portfolio(List<PortfolioRow> rows) {
        double total = rows.stream().mapToDouble(PortfolioRow::spend).sum();
        return rows.stream().map(r -> new ProductSpend(new NodeSummary(r.id(), NodeKind.PRODUCT, r.name()), r.area(), r.ours(), r.spend(),
                r.spendBefore(), r.prescribers(), total > 0 ? r.spend() / total : 0)).toList();
    }

    /** Our products' share of the account's spend in the therapeutic areas of our products (0 without such spend). */
    public static double ourShare(List<ProductSpend> portfolio, List<ProductRow> products) {
        Set<String> ourAreas = new TreeSet<>();
        products.stream().filter(ProductRow::ours).forEach(p -> ourAreas.add(p.area()));
        double areaSpend = portfolio.stream().filter(p -> ourAreas.contains(p.therapeuticArea())).mapToDouble(ProductSpend::spend).sum();
        double ourSpend = portfolio.stream().filter(ProductSpend::ours).mapToDouble(ProductSpend::spend).sum();
        return areaSpend > 0 ? ourSpend / areaSpend : 0;
    }

    /**
     * Each (payer, PBM or committee) × (our product) with its listing, position and quality, an unlisted pair as
     * such; ordered by body kind, body name, product id.
     */
    public static List<ListingView> formulary(Map<String, Body> bodies, List<ProductRow> ours) {
        List<ListingView> out = new ArrayList<>();
        for (Body b : bodies.values()) {
            NodeSummary body = new NodeSummary(b.node().id(), b.node().kind(), b.node().name());
            for (ProductRow p : ours) {
                Listing l = AccessPosition.listing(b, p.id());
                boolean listed = l != null;
                Long tier = listed ? l.tier() : null;
                Boolean pa = listed ? l.priorAuth() : null;
                Boolean st = listed ? l.stepTherapy() : null;
                Boolean ex = listed ? l.excluded() : null;
                out.add(new ListingView(body, new NodeSummary(p.id(), NodeKind.PRODUCT, p.name()), tier, pa, st, ex,
                        ListingQuality.position(listed, tier, pa, st, ex), ListingQuality.of(listed, tier, pa, st, ex)));
            }
        }
        out.sort(Comparator.comparing((ListingView v) -> v.listedBy().kind().ordinal()).thenComparing(v -> v.listedBy().name(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(v -> v.product().id()));
        return out;
    }

    /**
     * The team working the account: what each member covers (people, organizations, mean known strength, last
     * contact) and how many of its initiatives they own; by role ({@link #ROLE_ORDER}), then most coverage first.
     */
    public static List<TeamMemberView> team(AccountContext c) {
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
            for (Covered x : t.covers()) {
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
        int i = ROLE_ORDER.indexOf(role);
        return i < 0 ? 99 : i;
    }
}
