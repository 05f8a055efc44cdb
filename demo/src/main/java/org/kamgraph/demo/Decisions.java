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

/**
 * Decisions with their decision-making units. Open decisions were opened in the past year and fall due in the
 * coming months (two weeks to eight months after today); past ones (won, lost, deferred) were opened and settled
 * before today. The first decision of the first region (DEC-0001, the README's flagship) is an open formulary review
 * of one of our respiratory products at the region's largest IDN, due within about three months, decided by its P&T
 * committee with a full decision-making unit (decider, approver, influencers, gatekeeper).
 */
final class Decisions extends MarketPart {
    /** The flagship's product: Aerolast (PRD-022), ours, respiratory. */
    static final int FLAGSHIP_PRODUCT = 21;
    private final Set<String> names = new HashSet<>();

    Decisions(Market m) {
        super(m);
    }

    void buildDecisions(Region r) {
        Rng rng = Rng.of(seed, 50, r.index);
        int n = Math.max(3, (int) Math.round(60 * r.s));
        List<Org> payerCommittees = new ArrayList<>();
        for (Org c : r.committees) {
            if (c.parent.kind == NodeKind.PAYER || c.parent.kind == NodeKind.HEALTH_AUTHORITY && c.subtype.equals("formulary")) {
                payerCommittees.add(c);
            }
        }
        if (r.index == 0) {
            payerCommittees.addAll(nationalCommittees);
        }
        List<Org> hospitalCommittees = new ArrayList<>();
        for (Org c : r.committees) {
            if (c.parent.kind == NodeKind.HOSPITAL || c.parent.kind == NodeKind.DEPARTMENT) {
                hospitalCommittees.add(c);
            }
        }
        for (int i = 0; i < n; i++) {
            Decision d = new Decision();
            d.seq = decisions.size();
            d.region = r.index;
            double roll = rng.nextDouble();
            Org idn = r.idns.get(rng.nextInt(r.idns.size()));
            boolean flagship = d.seq == 0;
            if (flagship) {
                idn = largest(r.idns);
                roll = 0;
            }
            if (roll < 0.4 || roll < 0.52 && payerCommittees.isEmpty()) {
                d.type = "formulary_listing";
                d.committee = idn.committees.getFirst();
                d.account = idn;
            } else if (roll < 0.52) {
                d.type = "formulary_listing";
                d.committee = payerCommittees.get(rng.nextInt(payerCommittees.size()));
                d.account = d.committee.parent;
            } else if (roll < 0.76 || hospitalCommittees.isEmpty()) {
                d.type = "tender";
                d.committee = idn.committees.getLast();
                d.account = idn;
            } else {
                d.type = "protocol";
                d.committee = hospitalCommittees.get(rng.nextInt(hospitalCommittees.size()));
                d.account = d.committee.parent.kind == NodeKind.DEPARTMENT ? d.committee.parent.parent : d.committee.parent;
            }
            d.area = d.committee.parent.kind == NodeKind.DEPARTMENT ? 0 : rng.nextInt(Names.AREAS.length);
            List<Product> inArea = productsIn(d.area);
            List<Product> ours = inArea.stream().filter(Product::ours).toList();
            Product main = !ours.isEmpty() && rng.chance(0.65) ? rng.pick(ours) : rng.pick(inArea);
            if (flagship) {
                main = products.get(FLAGSHIP_PRODUCT);
                d.area = main.area();
                inArea = productsIn(d.area);
            }
            d.products.add(main.seq());
            int competitors = rng.between(0, 2);
            for (int k = 0; k < competitors; k++) {
                Product c = rng.pick(inArea);
                if (!d.products.contains(c.seq())) {
                    d.products.add(c.seq());
                }
            }
            double st = rng.nextDouble();
            d.status = st < 0.45 || flagship ? "open" : st < 0.67 ? "won" : st < 0.82 ? "lost" : "deferred";
            if (flagship) {
                d.created = today - rng.between(45, 120);
                d.due = today + rng.between(30, 80);
            } else if (d.status.equals("open")) {
                d.created = today - rng.between(20, 300);
                d.due = today + rng.between(14, 240);
            } else {
                d.created = dayBetween(rng, Math.max(tl.of(2020, 1, 1), main.launch()), today - 120);
                d.due = Math.min(today - 1, d.created + rng.between(60, d.status.equals("deferred") ? 500 : 300));
            }
            d.name = name(d, main);
            buildDmu(d, r, rng);
            if (flagship) {
                completeDmu(d, rng);
            }
            decisions.add(d);
        }
    }

    void buildDmu(Decision d, Region r, Rng rng) {
        Set<Integer> in = new HashSet<>();
        Org c = d.committee;
        for (int i = 0; i < c.seatCount; i++) {
            if (c.seats[i * 4 + 3] != NONE) {
                continue;
            }
            int p = c.seats[i * 4];
            int role = switch (c.seats[i * 4 + 1]) {
                case CHAIR -> DECIDER;
                case VICE_CHAIR -> rng.chance(0.5) ? DECIDER : INFLUENCER;
                case SECRETARY -> GATEKEEPER;
                case ADVISOR -> INFLUENCER;
                default -> people.isPhysician(p) && rng.chance(0.25) ? USER : INFLUENCER;
            };
            dmu(d, in, p, role, rng);
        }
        Org a = d.account;
        if (d.type.equals("tender")) {
            dmu(d, in, a.procurement, BUYER, rng);
            dmu(d, in, a.cfo, APPROVER, rng);
            if (rng.chance(0.3)) {
                dmu(d, in, a.ceo, APPROVER, rng);
            }
        } else if (a.kind == NodeKind.IDN || a.kind == NodeKind.HOSPITAL) {
            if (rng.chance(0.6)) {
                dmu(d, in, a.cfo, APPROVER, rng);
            }
            if (rng.chance(0.4)) {
                dmu(d, in, a.procurement, BUYER, rng);
            }
        }
        dmu(d, in, a.pharmacyLead, GATEKEEPER, rng);
        // prescribers of the area at the account are the users
        if (a.kind == NodeKind.IDN || a.kind == NodeKind.HOSPITAL) {
            int users = rng.between(2, 4);
            for (int tries = 0; users > 0 && tries < 300 && a.pEnd > a.pStart; tries++) {
                int p = a.pStart + rng.nextInt(a.pEnd - a.pStart);
                if (people.isPhysician(p) && prescribesIn(p, d.area) && !in.contains(p)) {
                    dmu(d, in, p, USER, rng);
                    users--;
                }
            }
        }
        // an outside key opinion leader of the area
        if (rng.chance(0.5) && r.physicians.length > 0) {
            for (int tries = 0; tries < 2000; tries++) {
                int p = r.physicians[rng.nextInt(r.physicians.length)];
                if (people.has(p, People.FLAG_KOL) && prescribesIn(p, d.area)) {
                    dmu(d, in, p, INFLUENCER, rng);
                    break;
                }
            }
        }
        if (d.dmu.isEmpty()) {
            throw new IllegalStateException("decision without a decision-making unit: " + d.name);
        }
        if (d.dmu.stream().noneMatch(m -> m[1] == DECIDER)) {
            d.dmu.getFirst()[1] = DECIDER;
        }
    }
    /** The IDN with the most hospitals (then the most people), the first such on a tie. */
    private static Org largest(List<Org> idns) {
        Org best = idns.getFirst();
        for (Org o : idns) {
            if (o.hospitals.size() > best.hospitals.size()
                    || o.hospitals.size() == best.hospitals.size() && o.peopleCount() > best.peopleCount()) {
                best = o;
            }
        }
        return best;
    }

    /** The flagship's decision-making unit has every role a KAM plans for, and nobody in it has left. */
    private void completeDmu(Decision d, Rng rng) {
        Set<Integer> in = new HashSet<>();
        for (int[] member : d.dmu) {
            member[2] = NONE;
            in.add(member[0]);
        }
        Org a = d.account;
        int[][] needed = {{DECIDER, a.cmo}, {APPROVER, a.cfo}, {GATEKEEPER, a.pharmacyLead}, {INFLUENCER, a.economist},
            {INFLUENCER, a.procurement}};
        for (int[] need : needed) {
            if (d.dmu.stream().noneMatch(x -> x[1] == need[0])) {
                if (!in.contains(need[1])) {
                    dmu(d, in, need[1], need[0], rng);
                } else {
                    d.dmu.stream().filter(x -> x[0] == need[1]).forEach(x -> x[1] = need[0]);
                }
            }
        }
        for (int[] member : d.dmu) {
            member[2] = NONE;
        }
    }

    /** A name no other decision has: the first free one of a few ways of naming its kind. */
    private String name(Decision d, Product main) {
        String account = d.account.name;
        String area = Names.AREAS[d.area];
        String year = String.valueOf(Dates.year(Math.max(d.due, d.created)));
        String[] candidates = switch (d.type) {
            case "formulary_listing" -> new String[] {main.brand() + " formulary review, " + account,
                main.brand() + " formulary listing, " + account, main.brand() + " tier review, " + account,
                main.brand() + " criteria update, " + account, main.brand() + " formulary re-review, " + account};
            case "tender" -> new String[] {area + " tender " + year + ", " + account, area + " supply tender " + year + ", " + account,
                area + " contract renewal " + year + ", " + account, area + " rebid " + year + ", " + account};
            default -> new String[] {area + " treatment protocol, " + account, area + " care pathway, " + account,
                area + " order set review, " + account, area + " protocol revision, " + account};
        };
        for (String n : candidates) {
            if (names.add(n)) {
                return n;
            }
        }
        for (String n : candidates) {
            String alt = n + " (" + main.generic() + ")";
            if (names.add(alt)) {
                return alt;
            }
        }
        throw new IllegalStateException("no distinct name left for " + candidates[0]);
    }

    void dmu(Decision d, Set<Integer> in, int p, int role, Rng rng) {
        if (p >= 0 && in.add(p)) {
            int to = NONE;
            if (rng.chance(0.05)) {
                to = Math.min(today - 1, d.created + rng.between(10, 200));
            }
            d.dmu.add(new int[] {p, role, to});
        }
    }
}
