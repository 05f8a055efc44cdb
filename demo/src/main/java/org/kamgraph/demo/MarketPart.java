package org.kamgraph.demo;

import static org.kamgraph.demo.Dates.NONE;

import java.util.List;
import java.util.Map;
import org.kamgraph.demo.Market.Decision;
import org.kamgraph.demo.Market.Initiative;
import org.kamgraph.demo.Market.Milestone;
import org.kamgraph.demo.Market.Product;
import org.kamgraph.demo.Market.Region;
import org.kamgraph.demo.Market.TeamMember;
import org.kamgraph.model.NodeKind;

/**
 * A builder of one part of the {@link Market} (organizations, people, seats, team, decisions, initiatives): it sees
 * the market's tables under their own names and shares the helpers every part needs.
 */
abstract class MarketPart {
    final Market m;
    final long seed;
    final double scale;
    final double usShare;
    final Timeline tl;
    /** Today as an epoch day. */
    final int today;
    final People people;
    final List<Region> regions;
    final List<Org> orgs;
    final Map<NodeKind, List<Org>> byKind;
    final List<Product> products;
    final List<Org> nationalPayers;
    final List<Org> pbms;
    final List<Org> bigWholesalers;
    final List<Org> minorWholesalers;
    final List<Org> nationalPharmacies;
    final List<Org> nationalCommittees;
    final List<TeamMember> team;
    final List<Decision> decisions;
    final List<Initiative> initiatives;
    final List<Milestone> milestones;

    MarketPart(Market m) {
        this.m = m;
        this.seed = m.seed;
        this.scale = m.scale;
        this.usShare = m.usShare;
        this.tl = m.timeline;
        this.today = m.timeline.today;
        this.people = m.people;
        this.regions = m.regions;
        this.orgs = m.orgs;
        this.byKind = m.byKind;
        this.products = m.products;
        this.nationalPayers = m.nationalPayers;
        this.pbms = m.pbms;
        this.bigWholesalers = m.bigWholesalers;
        this.minorWholesalers = m.minorWholesalers;
        this.nationalPharmacies = m.nationalPharmacies;
        this.nationalCommittees = m.nationalCommittees;
        this.team = m.team;
        this.decisions = m.decisions;
        this.initiatives = m.initiatives;
        this.milestones = m.milestones;
    }

    Org org(NodeKind kind) {
        return m.org(kind);
    }

    short title(String t) {
        return m.title(t);
    }

    Region region(Org o) {
        return m.region(o);
    }

    List<Product> productsIn(int area) {
        return m.productsIn(area);
    }

    List<TeamMember> teamOf(Region r, int role, int territory) {
        return m.teamOf(r, role, territory);
    }

    boolean prescribesIn(int p, int area) {
        return m.prescribesIn(p, area);
    }

    static int weightedCity(Region r, Rng rng) {
        return rng.weighted(r.cityWeight);
    }

    static void place(Org o, Region r, int city) {
        o.region = r.index;
        o.city = city;
        o.territory = r.cityTerritory[city];
    }

    /** A city of the territory of {@code city} (or any city, sometimes). */
    static int nearby(Region r, int city, Rng rng) {
        if (rng.chance(0.3)) {
            return weightedCity(r, rng);
        }
        int t = r.cityTerritory[city];
        for (int tries = 0; tries < 20; tries++) {
            int c = weightedCity(r, rng);
            if (r.cityTerritory[c] == t) {
                return c;
            }
        }
        return city;
    }

    int hireDate(Rng rng, double meanYears) {
        int d = today - 14 - (int) rng.exponential(meanYears * 365);
        return Math.max(tl.of(2004, 1, 1), d);
    }

    static int dayBetween(Rng rng, int from, int to) {
        return to <= from ? from : rng.between(from, to);
    }

    static <T> void shuffle(T[] a, Rng rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    void assignPbm(Org payer, Rng rng) {
        double[] w = {0.4, 0.34, 0.26};
        payer.pbm = pbms.get(rng.weighted(w));
        if (rng.chance(0.3)) {
            Org other;
            do {
                other = pbms.get(rng.nextInt(pbms.size()));
            } while (other == payer.pbm);
            payer.formerPbm = other;
            payer.pbmFrom = tl.yearStart(rng.between(2021, 2026));
        } else {
            payer.pbmFrom = rng.chance(0.4) ? NONE : tl.yearStart(rng.between(2016, 2026));
        }
    }

    Org committee(Org owner, String name, String type) {
        Org c = org(NodeKind.COMMITTEE);
        c.name = name;
        c.subtype = type;
        c.parent = owner;
        c.region = owner.region;
        c.national = owner.national;
        c.city = owner.city;
        c.territory = owner.territory;
        c.idn = owner.kind == NodeKind.IDN ? owner : owner.idn;
        c.founded = NONE;
        owner.committees.add(c);
        return c;
    }
}
