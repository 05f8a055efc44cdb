package org.kamgraph.analytics.keyaccounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kamgraph.analytics.keyaccounts.AccountContext.RankedPerson;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.InitiativeView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.Maturity;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.MaturityStage;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.TeamRow;

/**
 * The five stages of KAM (Clarity's evolution model, shared/seeds) assessed for one account from evidence in the
 * graph. A stage is reached when its test holds and every earlier stage is reached:
 * <ol>
 *   <li>Dedicated resources: a KAM covers the account itself.</li>
 *   <li>Aligned roles: at least two team roles work the account (cover it, its units or its people), a KAM among them.</li>
 *   <li>Coordinated activities on account scenarios: for an open decision, members of two or more roles cover its
 *       DMU and every decider and approver is covered; or an active initiative is owned by two or more roles.</li>
 *   <li>A strategic plan with a matrix team and metrics: an active or completed initiative with milestones, owned by
 *       two or more roles, with no overdue milestone; and our team covers at least 30% of the account's influence.</li>
 *   <li>Trusted partner co-creating value: a completed outcomes study, adherence programme or pathway redesign with
 *       every milestone done; and a KAM covers one of the three most influential people with strength 0.7 or more,
 *       met in the last 180 days.</li>
 * </ol>
 */
public final class MaturityAssessment {
    static final String[] NAMES = {"Dedicated resources", "Aligned roles", "Coordinated activities on account scenarios",
            "Strategic account plan with a matrix team and metrics", "Trusted partner co-creating value"};
    static final double COVERED_SHARE = 0.3;
    static final double TRUSTED_STRENGTH = 0.7;
    static final int RECENT_DAYS = 180;

    private MaturityAssessment() {
    }

    /** The account's stage, each stage's evidence and what is missing; {@code coveredShare} as {@link AccountContext#coveredShare}. */
    public static Maturity assess(AccountContext c, double coveredShare) {
        List<MaturityStage> stages = new ArrayList<>();
        String kind = c.account().kind().label();
        String id = c.account().id();
        // 1
        List<String> e1 = new ArrayList<>();
        for (TeamRow t : c.team()) {
            if ("kam".equals(t.role())) {
                t.covers().stream().filter(x -> x.node().kind() == c.account().kind() && x.node().id().equals(id)).findFirst()
                        .ifPresent(x -> e1.add("KAM " + t.name() + " covers the " + kind + " itself"
                                + (x.strength() == null ? "" : " (strength " + x.strength() + ")")));
            }
        }
        stages.add(stage(1, !e1.isEmpty(), e1, e1.isEmpty() ? List.of("no KAM covers the account itself: appoint a dedicated KAM") : List.of()));
        // 2
        Set<String> roles = new LinkedHashSet<>();
        c.team().forEach(t -> roles.add(t.role()));
        List<String> e2 = new ArrayList<>();
        for (String r : roles) {
            long n = c.team().stream().filter(t -> r.equals(t.role())).count();
            e2.add(n + " team member" + (n == 1 ? "" : "s") + " in role " + r + " work" + (n == 1 ? "s" : "") + " the account");
        }
        boolean two = roles.size() >= 2 && roles.contains("kam");
        stages.add(stage(2, two, e2, two ? List.of() : List.of(roles.contains("kam")
                ? "only the role(s) " + roles + " work the account: align an MSL, market access or nurse navigator with the KAM"
                : "no KAM among the roles working the account " + roles)));
        // 3
        List<String> e3 = new ArrayList<>();
        List<String> m3 = new ArrayList<>();
        for (KeyAccountQueries.OpenDecision d : c.decisions()) {
            Set<String> dmuRoles = new LinkedHashSet<>();
            int deciders = 0;
            int coveredDeciders = 0;
            for (KeyAccountQueries.DmuMember m : d.dmu()) {
                boolean covered = false;
                for (KeyAccountQueries.TeamCoverage t : m.coverage()) {
                    if (t.strength() == null || t.strength() >= RelationshipCoverage.MIN_COVER_STRENGTH) {
                        dmuRoles.add(t.role());
                        covered = true;
                    }
                }
                if (m.role().equals("decider") || m.role().equals("approver")) {
                    deciders++;
                    if (covered) {
                        coveredDeciders++;
                    }
                }
            }
            if (dmuRoles.size() >= 2 && deciders > 0 && coveredDeciders == deciders) {
                e3.add("decision " + d.name() + ": roles " + dmuRoles + " cover its DMU, all " + deciders + " deciders/approvers covered");
            } else if (m3.size() < 2) {
                m3.add("decision " + d.name() + ": " + (dmuRoles.size() < 2 ? "only " + dmuRoles.size() + " role(s) cover its DMU" : "")
                        + (coveredDeciders < deciders ? (dmuRoles.size() < 2 ? "; " : "") + (deciders - coveredDeciders)
                        + " of " + deciders + " deciders/approvers uncovered" : ""));
            }
        }
        for (InitiativeView i : c.initiatives()) {
            Set<String> ownerRoles = ownerRoles(c, i);
            if ("active".equals(i.status()) && ownerRoles.size() >= 2) {
                e3.add("active initiative " + i.name() + " owned by roles " + ownerRoles);
            }
        }
        if (e3.isEmpty() && m3.isEmpty()) {
            m3.add("no open decision or active initiative to coordinate the team around");
        }
        stages.add(stage(3, !e3.isEmpty(), e3, e3.isEmpty() ? m3 : List.of()));
        // 4
        List<String> e4 = new ArrayList<>();
        List<String> m4 = new ArrayList<>();
        for (InitiativeView i : c.initiatives()) {
            Set<String> ownerRoles = ownerRoles(c, i);
            boolean live = "active".equals(i.status()) || "completed".equals(i.status());
            if (live && !i.milestones().isEmpty() && ownerRoles.size() >= 2 && i.progress().overdue() == 0) {
                e4.add("initiative " + i.name() + ": " + i.progress().done() + "/" + (i.progress().milestones() - i.progress().cancelled())
                        + " milestones done, none overdue, owned by " + ownerRoles);
            } else if (live && m4.size() < 2) {
                List<String> why = new ArrayList<>();
                if (i.milestones().isEmpty()) {
                    why.add("no milestones");
                }
                if (ownerRoles.size() < 2) {
                    why.add("owned by one role " + ownerRoles);
                }
                if (i.progress().overdue() > 0) {
                    why.add(i.progress().overdue() + " overdue milestone(s)");
                }
                m4.add("initiative " + i.name() + ": " + String.join(", ", why));
            }
        }
        boolean share = coveredShare >= COVERED_SHARE;
        String shareText = String.format(Locale.ROOT, "our team covers %.0f%% of the account's influence", 100 * coveredShare);
        if (share) {
            e4.add(shareText);
        } else {
            m4.add(shareText + " (needs " + (int) (100 * COVERED_SHARE) + "%)");
        }
        boolean plan = e4.size() > 1 || (e4.size() == 1 && !share);
        if (!plan && m4.stream().noneMatch(s -> s.startsWith("initiative"))) {
            m4.addFirst("no active or completed initiative with milestones and a matrix team");
        }
        stages.add(stage(4, plan && share, e4, plan && share ? List.of() : m4));
        // 5
        List<String> e5 = new ArrayList<>();
        List<String> m5 = new ArrayList<>();
        boolean cocreated = false;
        for (InitiativeView i : c.initiatives()) {
            if ("completed".equals(i.status()) && Set.of("outcomes_study", "adherence_programme", "pathway_redesign").contains(i.initiativeType())
                    && !i.milestones().isEmpty() && i.progress().done() == i.progress().milestones() - i.progress().cancelled()) {
                e5.add("completed " + i.initiativeType().replace('_', ' ') + " " + i.name() + " with every milestone done");
                cocreated = true;
            }
        }
        if (!cocreated) {
            m5.add("no completed outcomes study, adherence programme or pathway redesign with every milestone done");
        }
        boolean trusted = false;
        LocalDate recent = c.asOf().minusDays(RECENT_DAYS);
        for (RankedPerson p : c.ranking().stream().limit(3).toList()) {
            for (var cov : p.coverage()) {
                String role = c.roles().get(cov.teamMember().id());
                if ("kam".equals(role) && cov.strength() != null && cov.strength() >= TRUSTED_STRENGTH && cov.lastContact() != null
                        && !cov.lastContact().isBefore(recent)) {
                    e5.add("KAM " + cov.teamMember().name() + " is close to " + p.person().name() + " (influence rank " + p.rank()
                            + ", strength " + cov.strength() + ", last met " + cov.lastContact() + ")");
                    trusted = true;
                }
            }
        }
        if (!trusted) {
            m5.add("no KAM relationship of strength " + TRUSTED_STRENGTH + "+ met in the last " + RECENT_DAYS
                    + " days with one of the three most influential people");
        }
        stages.add(stage(5, cocreated && trusted, e5, cocreated && trusted ? List.of() : m5));
        int reached = 0;
        List<MaturityStage> out = new ArrayList<>();
        boolean chain = true;
        for (MaturityStage s : stages) {
            chain = chain && s.reached();
            if (chain) {
                reached = s.stage();
            }
            out.add(new MaturityStage(s.stage(), s.name(), chain, s.evidence(), s.missing()));
        }
        List<String> next = reached < 5 ? stages.get(reached).missing() : List.of();
        return new Maturity(reached, reached == 0 ? "Not yet a key account (no dedicated resources)" : NAMES[reached - 1], out, next);
    }

    private static Set<String> ownerRoles(AccountContext c, InitiativeView i) {
        Set<String> roles = new LinkedHashSet<>();
        for (var o : i.owners()) {
            String r = c.roles().get(o.id());
            if (r != null) {
                roles.add(r);
            }
        }
        return roles;
    }

    private static MaturityStage stage(int n, boolean ok, List<String> evidence, List<String> missing) {
        return new MaturityStage(n, NAMES[n - 1], ok, List.copyOf(evidence), List.copyOf(missing));
    }
}
