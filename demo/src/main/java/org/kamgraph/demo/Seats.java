package org.kamgraph.demo;

import static org.kamgraph.demo.Dates.NONE;
import static org.kamgraph.demo.Market.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kamgraph.demo.Market.Decision;
import org.kamgraph.demo.Market.Initiative;
import org.kamgraph.demo.Market.Milestone;
import org.kamgraph.demo.Market.Product;
import org.kamgraph.demo.Market.Region;
import org.kamgraph.demo.Market.TeamMember;
import org.kamgraph.model.NodeKind;

/** Committee seats: who sits on each committee, with which role, since when (and some former members). */
final class Seats extends MarketPart {
    Seats(Market m) {
        super(m);
    }

    void buildSeats() {
        Rng rng = Rng.of(seed, 30, 0);
        List<Org> all = new ArrayList<>(byKind.get(NodeKind.COMMITTEE));
        for (Org c : all) {
            seat(c, rng);
        }
        // CSR: the committees each person currently sits on
        int n = people.n;
        m.seatStart = new int[n + 1];
        for (Org c : all) {
            for (int i = 0; i < c.seatCount; i++) {
                if (c.seats[i * 4 + 3] == NONE) {
                    m.seatStart[c.seats[i * 4] + 1]++;
                }
            }
        }
        for (int p = 0; p < n; p++) {
            m.seatStart[p + 1] += m.seatStart[p];
        }
        m.seatOrg = new int[m.seatStart[n]];
        int[] fill = java.util.Arrays.copyOf(m.seatStart, n);
        for (Org c : all) {
            for (int i = 0; i < c.seatCount; i++) {
                if (c.seats[i * 4 + 3] == NONE) {
                    m.seatOrg[fill[c.seats[i * 4]]++] = c.index;
                }
            }
        }
    }

    void seat(Org c, Rng rng) {
        Org owner = c.parent;
        List<Integer> pool = new ArrayList<>();
        switch (owner.kind) {
            case IDN -> {
                if (c.subtype.equals("value_analysis")) {
                    seatIf(c, owner.procurement, CHAIR, rng);
                    seatIf(c, owner.cfo, VICE_CHAIR, rng);
                    seatIf(c, owner.nurseLead, MEMBER, rng);
                    for (Org h : owner.hospitals) {
                        pool.add(h.procurement);
                        pool.add(h.nurseLead);
                        for (Org d : h.departments) {
                            if (d.subtype.equals("Surgery") || d.subtype.equals("Cardiology")) {
                                pool.add(d.head);
                            }
                        }
                    }
                    seatSome(c, pool, 6, MEMBER, rng);
                    seatIf(c, owner.economist, ADVISOR, rng);
                } else {
                    boolean cmoChairs = rng.chance(0.7);
                    seatIf(c, cmoChairs ? owner.cmo : owner.pharmacyLead, CHAIR, rng);
                    seatIf(c, cmoChairs ? owner.pharmacyLead : owner.cmo, VICE_CHAIR, rng);
                    if (!owner.hospitals.isEmpty()) {
                        seatIf(c, owner.hospitals.getFirst().pharmacyLead, SECRETARY, rng);
                    }
                    List<Integer> pharm = new ArrayList<>();
                    for (Org h : owner.hospitals) {
                        for (Org d : h.departments) {
                            if (d.head >= 0 && d.specialty >= 0 && d.specialty != 11 && d.specialty != 15) {
                                pool.add(d.head);
                            }
                        }
                        pharm.add(h.pharmacyLead);
                    }
                    seatSome(c, pool, rng.between(6, 10), MEMBER, rng);
                    seatSome(c, pharm, 2, MEMBER, rng);
                    seatIf(c, owner.nurseLead, MEMBER, rng);
                    seatIf(c, owner.economist, ADVISOR, rng);
                }
            }
            case HOSPITAL -> {
                boolean cmoChairs = rng.chance(0.6);
                for (Org d : owner.departments) {
                    if (d.head >= 0 && d.specialty >= 0) {
                        pool.add(d.head);
                    }
                }
                if (cmoChairs || pool.isEmpty()) {
                    seatIf(c, owner.cmo, CHAIR, rng);
                } else {
                    seatIf(c, pool.get(rng.nextInt(pool.size())), CHAIR, rng);
                    seatIf(c, owner.cmo, VICE_CHAIR, rng);
                }
                seatIf(c, owner.pharmacyLead, SECRETARY, rng);
                seatSome(c, pool, 8, MEMBER, rng);
                List<Integer> pharm = new ArrayList<>();
                for (int p = owner.pStart; p < owner.pEnd; p++) {
                    if (people.profession[p] == PHARMACIST && p != owner.pharmacyLead) {
                        pharm.add(p);
                    }
                }
                seatSome(c, pharm, 2, MEMBER, rng);
                seatIf(c, owner.nurseLead, MEMBER, rng);
                seatIf(c, owner.economist, ADVISOR, rng);
            }
            case DEPARTMENT -> {
                Org h = owner.parent;
                seatIf(c, owner.head, CHAIR, rng);
                for (int p = h.pStart; p < h.pEnd; p++) {
                    if (people.specialty[p] == ONCOLOGY || people.title[p] == title("Oncology Pharmacist")) {
                        pool.add(p);
                    }
                }
                seatSome(c, pool, 6, MEMBER, rng);
            }
            default -> { // payers, PBMs, authorities: formulary committees with external clinical advisors
                seatIf(c, owner.cmo, CHAIR, rng);
                seatIf(c, owner.pharmacyLead, c.subtype.equals("other") ? MEMBER : VICE_CHAIR, rng);
                for (int p = owner.pStart; p < owner.pEnd; p++) {
                    int role = people.role[p];
                    if (role == PAYER_MD || role == PHARMACIST_ROLE || role == ECONOMIST) {
                        pool.add(p);
                    }
                }
                seatSome(c, pool, 1, SECRETARY, rng);
                seatSome(c, pool, 6, MEMBER, rng);
                Region r = regions.get(owner.national ? rng.nextInt(regions.size()) : owner.region);
                List<Integer> external = new ArrayList<>();
                for (int tries = 0; tries < 400 && external.size() < 12 && r.physicians.length > 0; tries++) {
                    int p = r.physicians[rng.nextInt(r.physicians.length)];
                    if (people.has(p, People.FLAG_KOL) || people.has(p, People.FLAG_HEAD) || tries > 300) {
                        external.add(p);
                    }
                }
                seatSome(c, external, rng.between(3, 6), ADVISOR, rng);
            }
        }
        // former members: seat history
        if (!pool.isEmpty() && rng.chance(0.35)) {
            int p = pool.get(rng.nextInt(pool.size()));
            if (!c.seated(p)) {
                int from = tl.of(rng.between(2015, 2021), rng.between(1, 12), 1);
                int to = Math.min(today - 30, from + rng.between(365, 4 * 365));
                c.addSeat(p, MEMBER, from, to);
            }
        }
        // chairs are the most sought-after stakeholders; some are nobody's contact
        if (c.seatCount > 0 && rng.chance(0.25)) {
            people.flags[c.seats[0]] |= People.FLAG_UNCOVERED;
        }
    }

    void seatIf(Org c, int p, int role, Rng rng) {
        if (p >= 0 && !c.seated(p)) {
            int from = Math.max(tl.of(2012, 1, 1), today - 20 - (int) rng.exponential(3 * 365));
            c.addSeat(p, role, from, NONE);
        }
    }

    void seatSome(Org c, List<Integer> pool, int k, int role, Rng rng) {
        for (int tries = 0; k > 0 && tries < pool.size() * 3; tries++) {
            int p = pool.get(rng.nextInt(pool.size()));
            if (p >= 0 && !c.seated(p)) {
                seatIf(c, p, role, rng);
                k--;
            }
        }
    }
}
