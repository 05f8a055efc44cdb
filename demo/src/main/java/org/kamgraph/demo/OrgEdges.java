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

/** Organizations' structure, formularies, committees, pharmacy networks and the goods wholesalers supply. */
final class OrgEdges extends EdgeWriter {
    OrgEdges(EdgeWriter shared, MoneyPlan money) {
        super(shared);
        this.money = money;
    }

    private final MoneyPlan money;

    void orgEdges(Org o) {
        if (o.parent != null && o.kind != NodeKind.COMMITTEE) {
            int since = dated(o.parentFrom, Math.max(tl.of(2000, 1, 1), o.founded), tl.of(2016, 1, 1));
            if (o.formerParent != null) {
                int from = dated(o.formerFrom, tl.of(2000, 1, 1), o.formerTo - 365);
                out(RelKind.PART_OF, o, o.formerParent, Math.min(from, o.formerTo), o.formerTo, SRC_REGISTRY);
                since = o.parentFrom;
            }
            out(RelKind.PART_OF, o, o.parent, since, NONE, SRC_REGISTRY);
        }
        if (o.aco != null) {
            out(RelKind.MEMBER_OF, o, o.aco, o.acoFrom, NONE, SRC_REGISTRY);
        }
        switch (o.kind) {
            case PAYER, PBM -> formulary(o);
            case HOSPITAL, CLINIC -> supplies(o);
            case COMMITTEE -> committee(o);
            case PHARMACY -> {
                supplies(o);
                pharmacyNetworks(o);
            }
            default -> {
            }
        }
    }

    /**
     * The formulary of a payer or PBM: every product, at a tier within its {@code formularyTiers} (specialty
     * products mostly on its highest tiers) or excluded, with utilization management; some listings changed tier
     * at the start of a year.
     */
    void formulary(Org o) {
        int tiers = o.formularyTiers;
        for (Product p : m.products) {
            int launchYear = tl.referenceYear(p.launch());
            int currentYear = rng.between(Math.min(2026, Math.max(2022, launchYear + 1)), 2026);
            boolean history = rng.chance(0.22) && launchYear + 1 <= currentYear - 1;
            int vf = tl.yearStart(currentYear);
            int tier = tier(p, tiers);
            if (history) {
                int prevYear = rng.between(Math.max(2019, launchYear + 1), currentYear - 1);
                int prevTier = Math.max(1, Math.min(tiers, tier + (rng.chance(0.5) ? 1 : -1)));
                listing(prevTier, p, rng.chance(0.05));
                out(RelKind.LISTS, o.kind, o.seq, NodeKind.PRODUCT, p.seq(), tl.yearStart(prevYear),
                        tl.yearStart(currentYear) - 1, SRC_FORMULARY);
            }
            listing(tier, p, rng.chance(0.06));
            out(RelKind.LISTS, o.kind, o.seq, NodeKind.PRODUCT, p.seq(), vf, NONE, SRC_FORMULARY);
        }
    }

    /** A tier on a six-tier scale, then folded into the formulary's own tiers: its highest tier is its specialty tier. */
    int tier(Product p, int tiers) {
        int six = p.price() > Mixes.SPECIALTY_PRICE
                ? rng.weighted(new double[] {0, 0.05, 0.15, 0.2, 0.45, 0.15}) + 1
                : rng.weighted(new double[] {0.04, 0.42, 0.36, 0.12, 0.04, 0.02}) + 1;
        return Math.min(six, tiers);
    }

    void listing(int tier, Product p, boolean excluded) {
        boolean special = p.price() > Mixes.SPECIALTY_PRICE;
        if (excluded) {
            row.set(Prop.EXCLUDED, "true");
        } else {
            row.set(Prop.TIER, Integer.toString(tier)).set(Prop.EXCLUDED, "false")
                    .set(Prop.PRIOR_AUTH, Boolean.toString(rng.chance(special ? 0.7 : 0.15 + 0.1 * tier)))
                    .set(Prop.STEP_THERAPY, Boolean.toString(rng.chance(special ? 0.35 : 0.12)));
        }
    }

    /**
     * SUPPLIES (goods) into a hospital, clinic or pharmacy, written from the receiving end: the value of the drugs
     * each wholesaler delivers, split between prime and second wholesaler as the purchases are.
     */
    void supplies(Org t) {
        if (t.wholesaler == null) {
            return;
        }
        double prime = money.primeShare(t);
        amount(t.spend * prime);
        in(RelKind.SUPPLIES, t.wholesaler, t, since(tl.of(2016, 1, 1), today - 30), NONE, SRC_CONTRACTS);
        if (t.wholesaler2 != null) {
            amount(t.spend * (1 - prime));
            in(RelKind.SUPPLIES, t.wholesaler2, t, since(tl.of(2016, 1, 1), today - 30), NONE, SRC_CONTRACTS);
        }
    }

    /**
     * The PBM and Medicaid networks of a pharmacy (access), written from the pharmacy: one per payer or PBM that
     * reimburses it, from the same date; a few left a network once and rejoined.
     */
    void pharmacyNetworks(Org ph) {
        for (MoneyPlan.Edge e : money.into(ph)) {
            if (e.kind() != RelKind.REIMBURSES) {
                continue;
            }
            int vf = e.vf();
            if (vf > tl.of(2019, 6, 1) && rng.chance(0.05)) { // left the network once, then rejoined
                int to = vf - rng.between(30, 300);
                in(RelKind.IN_NETWORK, e.from(), ph, Math.max(tl.of(2014, 1, 1), to - rng.between(365, 1500)), to, SRC_CONTRACTS);
            }
            in(RelKind.IN_NETWORK, e.from(), ph, vf, NONE, SRC_CONTRACTS);
        }
    }

    void committee(Org c) {
        int established = dated(c.parentFrom, tl.of(2005, 1, 1), tl.of(2012, 1, 1));
        out(RelKind.PART_OF, c, c.parent, established, NONE, SRC_REGISTRY);
        for (int i = 0; i < c.seatCount; i++) {
            int p = c.seats[i * 4];
            row.set(Prop.COMMITTEE_ROLE, Market.SEAT_ROLES[c.seats[i * 4 + 1]]);
            in(RelKind.SITS_ON, people.kind(p), people.seq[p], NodeKind.COMMITTEE, c.seq, c.seats[i * 4 + 2],
                    c.seats[i * 4 + 3], SRC_CRM);
        }
        Org owner = c.parent;
        boolean[] areas = new boolean[Names.AREAS.length];
        switch (owner.kind) {
            case IDN -> java.util.Arrays.fill(areas, true);
            case HOSPITAL -> {
                areas[1] = areas[2] = areas[4] = true;
                for (Org d : owner.departments) {
                    if (d.specialty >= 0) {
                        for (int a : Market.SPECIALTY_AREAS[d.specialty]) {
                            areas[a] = true;
                        }
                    }
                }
            }
            case DEPARTMENT -> areas[0] = true;
            default -> {
                return; // payer and authority committees decide; their owners list
            }
        }
        if (c.subtype.equals("value_analysis")) {
            return;
        }
        for (Product p : m.products) {
            if (!areas[p.area()] || !rng.chance(0.75)) {
                continue;
            }
            int tier = rng.weighted(new double[] {0.6, 0.3, 0.1}) + 1;
            boolean excluded = rng.chance(0.04);
            if (excluded) {
                row.set(Prop.EXCLUDED, "true");
            } else {
                row.set(Prop.TIER, Integer.toString(tier)).set(Prop.EXCLUDED, "false")
                        .set(Prop.PRIOR_AUTH, Boolean.toString(tier == 2 && rng.chance(0.5)))
                        .set(Prop.STEP_THERAPY, Boolean.toString(rng.chance(0.1)));
            }
            int launched = Math.max(tl.referenceYear(p.launch()) + 1, 2019);
            int vf = Math.min(today - 1, tl.of(rng.between(Math.min(launched, 2026), 2026), rng.between(1, 12), 1));
            out(RelKind.LISTS, NodeKind.COMMITTEE, c.seq, NodeKind.PRODUCT, p.seq(), vf, NONE, SRC_FORMULARY);
        }
    }
}
