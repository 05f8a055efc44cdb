package org.kamgraph.analytics.keyaccounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.keyaccounts.AccountContext.RankedPerson;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.CoverageCell;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.CoverageMatrix;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.StakeholderCoverage;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.TeamContact;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.TeamRow;
import org.kamgraph.model.NodeKind;

/**
 * Who on our team covers whom in an account. The stakeholders are the DMU members of its open decisions and its ten
 * most influential people (DMU role "stakeholder" when they are in no open DMU). Cells count stakeholders per (team
 * role, DMU role); a stakeholder is UNCOVERED, SINGLE (one team member), OVERLAP (two or more members of the same
 * role: duplicated effort) or SHARED (members of different roles: the matrix team at work). The single point of
 * contact is the one team member holding the account when nobody else does ({@link #singlePoint}); the account lead
 * is the KAM covering the account itself most strongly ({@link #lead}).
 */
public final class CoverageMatrixBuilder {
    static final List<String> TEAM_ROLES = List.of("kam", "msl", "market_access", "nurse_navigator", "rep");
    static final List<String> DMU_ROLES = List.of("decider", "approver", "influencer", "gatekeeper", "buyer", "user", "stakeholder");
    static final int TOP = 10;

    private CoverageMatrixBuilder() {
    }

    public static CoverageMatrix build(AccountContext c) {
        Map<String, List<TeamContact>> byPerson = new LinkedHashMap<>();
        for (TeamRow t : c.team()) {
            for (KeyAccountQueries.Covered x : t.covers()) {
                if (x.node().kind().isPerson()) {
                    byPerson.computeIfAbsent(x.node().id(), k -> new ArrayList<>()).add(new TeamContact(
                            new NodeSummary(t.id(), NodeKind.TEAM_MEMBER, t.name()), t.role(), x.strength(), x.lastContact()));
                }
            }
        }
        Map<String, NodeSummary> people = new LinkedHashMap<>();
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        for (KeyAccountQueries.OpenDecision d : c.decisions()) {
            for (KeyAccountQueries.DmuMember m : d.dmu()) {
                people.putIfAbsent(m.person().id(), new NodeSummary(m.person().id(), m.person().kind(), m.person().name()));
                roles.computeIfAbsent(m.person().id(), k -> new LinkedHashSet<>()).add(m.role());
            }
        }
        c.ranking().stream().limit(TOP).forEach(p -> {
            people.putIfAbsent(p.person().id(), p.person());
            roles.computeIfAbsent(p.person().id(), k -> new LinkedHashSet<>());
        });
        List<StakeholderCoverage> all = new ArrayList<>();
        Map<String, Map<String, List<NodeSummary>>> cells = new LinkedHashMap<>();
        for (Map.Entry<String, NodeSummary> e : people.entrySet()) {
            String id = e.getKey();
            List<String> dmu = roles.get(id).isEmpty() ? List.of("stakeholder") : List.copyOf(roles.get(id));
            List<TeamContact> cov = byPerson.getOrDefault(id, List.of()).stream()
                    .sorted(Comparator.comparing((TeamContact t) -> t.strength() == null ? 0 : -t.strength())).toList();
            RankedPerson r = c.rankOf(id);
            all.add(new StakeholderCoverage(e.getValue(), dmu, r == null ? null : r.rank(), cov, status(cov)));
            for (TeamContact t : cov) {
                for (String d : dmu) {
                    List<NodeSummary> list = cells.computeIfAbsent(t.role(), k -> new LinkedHashMap<>()).computeIfAbsent(d, k -> new ArrayList<>());
                    if (!list.contains(e.getValue())) {
                        list.add(e.getValue());
                    }
                }
            }
        }
        all.sort(Comparator.comparing((StakeholderCoverage s) -> s.influenceRank() == null ? Integer.MAX_VALUE : s.influenceRank())
                .thenComparing(s -> s.person().id()));
        List<CoverageCell> out = new ArrayList<>();
        for (String tr : TEAM_ROLES) {
            for (String dr : DMU_ROLES) {
                List<NodeSummary> list = cells.getOrDefault(tr, Map.of()).getOrDefault(dr, List.of());
                out.add(new CoverageCell(tr, dr, list.size(), list));
            }
        }
        SinglePoint spoc = singlePoint(c);
        Lead lead = lead(c);
        Set<String> present = new LinkedHashSet<>();
        c.team().forEach(t -> present.add(t.role()));
        List<String> missing = new ArrayList<>();
        if (!present.contains("kam")) {
            missing.add("kam: no key account manager works the account");
        }
        boolean clinicians = people.values().stream().anyMatch(p -> p.kind() == NodeKind.CLINICIAN);
        if (clinicians && !present.contains("msl")) {
            missing.add("msl: clinicians are among its stakeholders but no medical science liaison covers anyone");
        }
        boolean formulary = c.decisions().stream().anyMatch(d -> "formulary_listing".equals(d.decisionType()));
        if ((formulary || !c.account().bodies().isEmpty()) && !present.contains("market_access")) {
            missing.add("market_access: it has payers or formulary decisions but no market-access manager");
        }
        boolean adherence = c.initiatives().stream().anyMatch(i -> "adherence_programme".equals(i.initiativeType())
                && ("active".equals(i.status()) || "planned".equals(i.status())));
        if (adherence && !present.contains("nurse_navigator")) {
            missing.add("nurse_navigator: an adherence programme runs but no nurse navigator covers the account");
        }
        return new CoverageMatrix(TEAM_ROLES, DMU_ROLES, out, all, spoc.member(), spoc.reason(),
                lead == null ? null : lead.member(), lead == null ? null : lead.strength(), lead == null ? null : lead.reason(),
                all.stream().filter(s -> s.status().equals("OVERLAP")).toList(),
                all.stream().filter(s -> s.status().equals("UNCOVERED")).toList(), missing);
    }

    /** The single point of contact, or none, and why. */
    record SinglePoint(NodeSummary member, String reason) {
    }

    /**
     * The single point of contact: the one team member holding the account, i.e. covering the account itself, a unit
     * under it or a person working there or in one of its open decisions' DMUs (the plan's team table) on the plan's
     * day, when nobody else does. The account's whole relationship then hangs on that person. None when two or more
     * members hold it (the reason says how many, e.g. "3 team members hold the account") or nobody does.
     */
    static SinglePoint singlePoint(AccountContext c) {
        List<TeamRow> team = c.team();
        if (team.isEmpty()) {
            return new SinglePoint(null, "nobody on our team covers the account, its units or its people");
        }
        if (team.size() == 1) {
            TeamRow t = team.getFirst();
            return new SinglePoint(new NodeSummary(t.id(), NodeKind.TEAM_MEMBER, t.name()), "the only team member holding the account ("
                    + t.covers().size() + " coverage relationship" + (t.covers().size() == 1 ? "" : "s") + "): it hangs on them");
        }
        return new SinglePoint(null, team.size() + " team members hold the account");
    }

    /** The account lead, the strength of their coverage of the account itself, and why. */
    record Lead(NodeSummary member, Double strength, String reason) {
    }

    /**
     * The account lead: the KAM (else any member) whose coverage of the account itself is strongest; that strength is
     * of the COVERS relationship to the account, not the member's average over everything they cover. Null when nobody
     * covers the account itself.
     */
    static Lead lead(AccountContext c) {
        TeamRow best = null;
        KeyAccountQueries.Covered bestCover = null;
        for (TeamRow t : c.team()) {
            for (KeyAccountQueries.Covered x : t.covers()) {
                if (x.node().id().equals(c.account().id()) && x.node().kind() == c.account().kind()
                        && (best == null || leadOrder(t, x) > leadOrder(best, bestCover))) {
                    best = t;
                    bestCover = x;
                }
            }
        }
        if (best == null) {
            return null;
        }
        return new Lead(new NodeSummary(best.id(), NodeKind.TEAM_MEMBER, best.name()), bestCover.strength(),
                ("kam".equals(best.role()) ? "the KAM" : "the " + best.role()) + " covering the account itself most strongly"
                        + (bestCover.strength() == null ? "" : ", strength " + bestCover.strength() + " on the account itself"));
    }

    /** KAMs before other roles, then the strength of the coverage of the account itself (unknown as 0). */
    private static double leadOrder(TeamRow t, KeyAccountQueries.Covered x) {
        return ("kam".equals(t.role()) ? 2 : 0) + (x.strength() == null ? 0 : x.strength());
    }

    static String status(List<TeamContact> cov) {
        if (cov.isEmpty()) {
            return "UNCOVERED";
        }
        if (cov.size() == 1) {
            return "SINGLE";
        }
        Set<String> seen = new LinkedHashSet<>();
        for (TeamContact t : cov) {
            if (!seen.add(t.role())) {
                return "OVERLAP";
            }
        }
        return "SHARED";
    }
}
