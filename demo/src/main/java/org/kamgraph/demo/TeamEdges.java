package org.kamgraph.demo;

import static org.kamgraph.demo.Dates.NONE;

import java.io.IOException;
import java.util.List;
import org.kamgraph.demo.Market.Decision;
import org.kamgraph.demo.Market.Initiative;
import org.kamgraph.demo.Market.Milestone;
import org.kamgraph.demo.Market.Product;
import org.kamgraph.demo.Market.Region;
import org.kamgraph.demo.Market.TeamMember;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/** Our team's reporting lines and coverage, and the edges of decisions and initiatives. */
final class TeamEdges extends EdgeWriter {
    TeamEdges(EdgeWriter shared) {
        super(shared);
    }

    void teamEdges(TeamMember t) {
        Region r = m.regions.get(t.region);
        if (t.boss >= 0) {
            TeamMember b = m.team.get(t.boss);
            out(RelKind.REPORTS_TO, NodeKind.TEAM_MEMBER, t.seq, NodeKind.TEAM_MEMBER, b.seq, Math.max(t.hired, b.hired), NONE, SRC_CRM);
        }
        switch (t.role) {
            case Market.KAM -> {
                for (Org idn : r.idns) {
                    if (idn.territory == t.territory && rng.chance(0.85)) {
                        coverAccount(t, idn, 0.55);
                    }
                }
                for (Org h : r.hospitals) {
                    if (h.territory == t.territory && (h.size >= 150 || h.teaching) && rng.chance(0.5)) {
                        coverAccount(t, h, 0.5);
                    }
                }
            }
            case Market.MSL -> {
                for (int p : r.physicians) {
                    boolean kol = people.has(p, People.FLAG_KOL) && rng.chance(0.45);
                    boolean head = people.has(p, People.FLAG_HEAD) && territory(p) == t.territory && rng.chance(0.2);
                    if (kol || head) {
                        coverPerson(t, p);
                    }
                }
            }
            case Market.REP -> {
                for (int p : r.physicians) {
                    if (people.has(p, People.FLAG_PRESCRIBER) && territory(p) == t.territory
                            && rng.chance(Math.min(0.6, 0.03 + 0.05 * people.volume[p]))) {
                        coverPerson(t, p);
                    }
                }
                for (Org c : r.clinics) {
                    if (c.territory == t.territory && rng.chance(0.25)) {
                        cover(t, c);
                    }
                }
            }
            case Market.NURSE_NAVIGATOR -> {
                for (int p = r.pStart; p < r.pEnd; p++) {
                    if (people.profession[p] != Market.NURSE || territory(p) != t.territory) {
                        continue;
                    }
                    String title = m.titles.get(people.title[p]);
                    double chance = people.has(p, People.FLAG_EXEC) ? 0.5
                            : title.contains("Navigator") || title.equals("Nurse Manager") ? 0.3 : title.startsWith("Nurse Practitioner") ? 0.05 : 0;
                    if (chance > 0 && rng.chance(chance)) {
                        coverPerson(t, p);
                    }
                }
                for (Org c : r.clinics) {
                    if (c.territory == t.territory && c.specialty == Market.ONCOLOGY && rng.chance(0.5)) {
                        cover(t, c);
                    }
                }
            }
            case Market.MARKET_ACCESS -> {
                for (Org payer : r.payers) {
                    if (rng.chance(0.9)) {
                        coverAccount(t, payer, 0.35);
                    }
                }
                for (Org payer : m.nationalPayers) {
                    if (rng.chance(0.3)) {
                        coverAccount(t, payer, 0.1);
                    }
                }
                for (Org pbm : m.pbms) {
                    if (rng.chance(0.4)) {
                        coverAccount(t, pbm, 0.1);
                    }
                }
                if (rng.chance(0.9)) {
                    coverAccount(t, r.authority, 0.5);
                }
                for (Org c : r.committees) {
                    if ((c.territory == t.territory || c.parent.kind == NodeKind.PAYER) && rng.chance(0.35)) {
                        cover(t, c);
                    }
                }
                for (Org idn : r.idns) {
                    if (idn.territory == t.territory) {
                        for (int p : new int[] {idn.economist, idn.procurement, idn.pharmacyLead}) {
                            if (p >= 0 && rng.chance(0.35)) {
                                coverPerson(t, p);
                            }
                        }
                    }
                }
            }
            default -> throw new IllegalStateException("unknown team role " + t.role);
        }
    }

    int territory(int p) {
        Org home = m.orgs.get(people.org[p]);
        return home.national ? -1 : home.territory;
    }

    /** Covers an account and, with the given chance each, its key people (who may be deliberately uncovered). */
    void coverAccount(TeamMember t, Org account, double peopleChance) {
        cover(t, account);
        for (int p : new int[] {account.ceo, account.cfo, account.cmo, account.pharmacyLead, account.procurement,
            account.economist, account.nurseLead}) {
            if (p >= 0 && rng.chance(peopleChance)) {
                coverPerson(t, p);
            }
        }
    }

    void cover(TeamMember t, Org o) {
        coverage(t, o.kind, o.seq);
    }

    void coverPerson(TeamMember t, int p) {
        if (!people.has(p, People.FLAG_UNCOVERED)) {
            coverage(t, people.kind(p), people.seq[p]);
        }
    }

    void coverage(TeamMember t, NodeKind kind, int seq) {
        int vf = rng.between(Math.max(t.hired, tl.of(2019, 1, 1)), today - 14);
        int vt = NONE;
        if (vf + 60 < today - 7 && rng.chance(0.04)) {
            vt = rng.between(vf + 60, today - 7);
        }
        int end = vt == NONE ? today : vt;
        int contact = Dates.clamp(end - (int) rng.exponential(80), vf, end);
        row.set(Prop.STRENGTH, strength(rng.around(0.5, 0.4))).set(Prop.LAST_CONTACT, Dates.format(contact));
        out(RelKind.COVERS, NodeKind.TEAM_MEMBER, t.seq, kind, seq, vf, vt, SRC_CRM);
    }

    // --- decisions and initiatives ---------------------------------------------------------------------------------

    void decisionEdges(Decision d) {
        in(RelKind.DECIDES, NodeKind.COMMITTEE, d.committee.seq, NodeKind.DECISION, d.seq, d.created, NONE, SRC_CRM);
        for (int[] member : d.dmu) {
            int p = member[0];
            row.set(Prop.ROLE, Market.DMU_ROLES[member[1]]);
            in(RelKind.IN_DMU, people.kind(p), people.seq[p], NodeKind.DECISION, d.seq, d.created, member[2], SRC_FIELD);
        }
        for (int product : d.products) {
            out(RelKind.CONCERNS, NodeKind.DECISION, d.seq, NodeKind.PRODUCT, product, d.created, NONE, SRC_CRM);
        }
        out(RelKind.AT, NodeKind.DECISION, d.seq, d.account.kind, d.account.seq, d.created, NONE, SRC_CRM);
    }

    void initiativeEdges(Initiative in) {
        out(RelKind.AT, NodeKind.INITIATIVE, in.seq, in.account.kind, in.account.seq, in.agreed, NONE, SRC_CRM);
        for (int product : in.products) {
            out(RelKind.TARGETS, NodeKind.INITIATIVE, in.seq, NodeKind.PRODUCT, product, in.agreed, NONE, SRC_CRM);
        }
        int closed = in.status.equals("completed") || in.status.equals("stopped") ? Math.max(in.agreed, Math.min(in.end, today - 1)) : NONE;
        for (int p : in.engaged) {
            out(RelKind.ENGAGES, NodeKind.INITIATIVE, in.seq, people.kind(p), people.seq[p], in.agreed, closed, SRC_CRM);
        }
        for (int owner : in.owners) {
            in(RelKind.OWNS, NodeKind.TEAM_MEMBER, owner, NodeKind.INITIATIVE, in.seq, in.agreed, closed, SRC_CRM);
        }
    }

}
