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

/** People's positions, reporting lines, influence, referrals and prescriptions. */
final class PersonEdges extends EdgeWriter {
    /** Mean number of referring physicians per unit of a specialist's referral pull. */
    private static final double REFERRAL_MEAN = 5.0;
    private static final double PEER_MEAN = 5.0;
    private final Prescribing prescribing;

    PersonEdges(EdgeWriter shared, Prescribing prescribing) {
        super(shared);
        this.prescribing = prescribing;
    }

    void personEdges(int p) {
        NodeKind pk = people.kind(p);
        int pseq = people.seq[p];
        Org home = m.orgs.get(people.org[p]);
        String title = m.titles.get(people.title[p]);
        int hired = people.hired[p];

        // positions: the current one (and its department or pharmacy), and for some an earlier one
        boolean history = rng.chance(0.15);
        int vf = hired;
        row.set(Prop.TITLE, title);
        out(RelKind.WORKS_AT, pk, pseq, home.kind, home.seq, vf, NONE, SRC_CRM);
        if (people.unit[p] >= 0) {
            Org unit = m.orgs.get(people.unit[p]);
            row.set(Prop.TITLE, title);
            out(RelKind.WORKS_AT, pk, pseq, unit.kind, unit.seq, vf, NONE, SRC_CRM);
        }
        if (history) {
            List<Org> same = m.byKind.get(home.kind);
            Org prev = rng.chance(0.35) ? home : same.get(rng.nextInt(same.size()));
            int to = hired - rng.between(1, 90);
            int from = to - rng.between(365, 8 * 365);
            row.set(Prop.TITLE, previousTitle(p, title));
            out(RelKind.WORKS_AT, pk, pseq, prev.kind, prev.seq, from, to, SRC_CRM);
        }

        // line management (planned by Staff): from the report to the manager, with an earlier, more senior manager for some
        int boss = people.boss[p];
        if (boss >= 0) {
            int former = people.formerBoss[p];
            if (former >= 0) {
                out(RelKind.REPORTS_TO, pk, pseq, people.kind(former), people.seq[former], people.formerSince[p],
                        people.bossSince[p] - 1, SRC_CRM);
            }
            out(RelKind.REPORTS_TO, pk, pseq, people.kind(boss), people.seq[boss], people.bossSince[p], NONE, SRC_CRM);
        }

        influences(p, home);
        if (people.isPhysician(p)) {
            referrals(p, home);
        }
        if (people.has(p, People.FLAG_PRESCRIBER)) {
            prescribes(p);
        }
        if (people.isPhysician(p) && home.kind != NodeKind.ACO) {
            Org aco = home.aco != null ? home.aco : home.kind == NodeKind.CLINIC && home.idn != null ? home.idn.aco : null;
            if (aco != null && rng.chance(home.aco != null ? 0.8 : 0.4)) {
                out(RelKind.MEMBER_OF, pk, pseq, NodeKind.ACO, aco.seq, Math.max(hired, Math.max(aco.founded, home.acoFrom)),
                        NONE, SRC_REGISTRY);
            }
        }
    }

    String previousTitle(int p, String title) {
        int spec = people.specialty[p];
        return switch (people.profession[p]) {
            case Market.PHYSICIAN -> spec < 0 ? "Attending Physician"
                    : title.startsWith("Attending") || title.startsWith("Physician") || title.equals("Hospitalist")
                    ? "Fellow, " + Market.SPECIALTIES[spec] : "Attending Physician, " + Market.SPECIALTIES[spec];
            case Market.NURSE -> title.equals("Registered Nurse") ? "Staff Nurse" : "Registered Nurse";
            case Market.PHARMACIST -> title.startsWith("Director") || title.contains("Chief") ? "Pharmacy Manager" : "Staff Pharmacist";
            default -> "Deputy " + title;
        };
    }

    /**
     * Influence out of p: line management, peers (dense inside the organization), the IDN, a few further away,
     * committee colleagues, and for key opinion leaders a heavy-tailed reach across the region.
     *
     * <p>Line management has one direction: a manager influences their current direct reports (basis
     * {@code reports_to}, from the day the report began reporting to them), as REPORTS_TO (stored from the report to
     * the manager) is read by the influence analytics. A report's sway over their manager is not written as
     * {@code reports_to}.
     */
    void influences(int p, Org home) {
        for (int i = m.childStart[p]; i < m.childStart[p + 1]; i++) {
            int report = m.children[i];
            if (rng.chance(0.8) && firstForPair(RelKind.INFLUENCES, people.kind(report), people.seq[report])) {
                row.set(Prop.STRENGTH, strength(rng.around(0.6, 0.25))).set(Prop.BASIS, "reports_to");
                out(RelKind.INFLUENCES, people.kind(p), people.seq[p], people.kind(report), people.seq[report],
                        people.bossSince[report], NONE, SRC_CRM);
            }
        }
        int size = home.peopleCount();
        if (size > 1) {
            int k = Math.min(size - 1, rng.poisson(PEER_MEAN));
            for (int i = 0; i < k; i++) {
                int q = home.pStart + rng.nextInt(size);
                if (q != p) {
                    influence(p, q, rng.around(0.3, 0.25), "peer", SRC_FIELD);
                }
            }
        }
        Org idn = home.kind == NodeKind.IDN ? home : home.idn;
        if (idn != null && idn.peopleCount() > 1) {
            int k = rng.poisson(1.6);
            for (int i = 0; i < k; i++) {
                int q = idn.pStart + rng.nextInt(idn.peopleCount());
                boolean coAuthors = people.isPhysician(p) && people.isPhysician(q) && home.teaching && rng.chance(0.3);
                influence(p, q, rng.around(0.25, 0.2), coAuthors ? "co_authorship" : "peer", coAuthors ? SRC_PUBLICATIONS : SRC_FIELD);
            }
        }
        int far = rng.poisson(0.35);
        for (int i = 0; i < far; i++) {
            int q;
            if (home.national) {
                q = m.natStart + rng.nextInt(m.natEnd - m.natStart);
            } else {
                Region r = m.region(home);
                q = r.pStart + rng.nextInt(r.pEnd - r.pStart);
            }
            boolean coAuthors = people.isPhysician(p) && people.isPhysician(q) && rng.chance(0.5);
            influence(p, q, rng.around(0.2, 0.15), coAuthors ? "co_authorship" : "other", coAuthors ? SRC_PUBLICATIONS : SRC_FIELD);
        }
        for (int i = m.seatStart[p]; i < m.seatStart[p + 1]; i++) {
            Org c = m.orgs.get(m.seatOrg[i]);
            int k = rng.between(1, 3);
            for (int j = 0; j < k && c.seatCount > 1; j++) {
                int s = rng.nextInt(c.seatCount);
                if (c.seats[s * 4 + 3] == NONE) {
                    influence(p, c.seats[s * 4], rng.around(0.45, 0.2), "committee_colleague", SRC_CRM);
                }
            }
        }
        if (people.has(p, People.FLAG_KOL) && !home.national) {
            Region r = m.region(home);
            int cap = Math.max(1, Math.min(3_000, r.physicians.length / 2));
            int reach = (int) Math.min(cap, rng.pareto(18, 1.1));
            int written = 0;
            for (int tries = 0; written < reach && tries < reach * 4; tries++) {
                Region from = m.regions.size() > 1 && rng.chance(0.08) ? m.regions.get(rng.nextInt(m.regions.size())) : r;
                if (from.physicians.length == 0) {
                    continue;
                }
                int q = from.physicians[rng.nextInt(from.physicians.length)];
                if (sharesArea(p, q) || rng.chance(0.1)) {
                    if (influence(p, q, rng.around(0.55, 0.3), "kol", SRC_PUBLICATIONS)) {
                        written++;
                    }
                }
            }
        }
    }

    boolean sharesArea(int p, int q) {
        int sp = people.specialty[p];
        int sq = people.specialty[q];
        if (sp < 0 || sq < 0) {
            return false;
        }
        for (int a : Market.SPECIALTY_AREAS[sp]) {
            for (int b : Market.SPECIALTY_AREAS[sq]) {
                if (a == b) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One influence of p on q at most: the first basis found (line management, peers, committees, referrals...) stands. */
    boolean influence(int p, int q, double strength, String basis, String src) {
        if (p == q || !firstForPair(RelKind.INFLUENCES, people.kind(q), people.seq[q])) {
            return false;
        }
        int vf = since(tl.early(), today - 20);
        int vt = NONE;
        if (vf + 120 < today - 10 && rng.chance(0.04)) {
            vt = rng.between(vf + 120, today - 10);
        }
        row.set(Prop.STRENGTH, strength(strength)).set(Prop.BASIS, basis);
        return out(RelKind.INFLUENCES, people.kind(p), people.seq[p], people.kind(q), people.seq[q], vf, vt, src);
    }

    /** Referrals into specialist p (shared-patient claims; counts under 11 suppressed), heavy-tailed by referral pull. */
    void referrals(int p, Org home) {
        double w = people.weight[p];
        if (w <= 0 || home.national) {
            return;
        }
        Region r = m.region(home);
        if (r.physicians.length < 2) {
            return;
        }
        int k = Math.min(Math.min(400, r.physicians.length / 3 + 1), rng.poisson(w * REFERRAL_MEAN));
        Org idn = home.kind == NodeKind.IDN ? home : home.idn;
        int pseq = people.seq[p];
        for (int i = 0; i < k; i++) {
            int q = -1;
            if (idn != null && rng.chance(0.65)) {
                for (int tries = 0; tries < 8 && q < 0; tries++) {
                    int c = idn.pStart + rng.nextInt(idn.peopleCount());
                    q = people.isPhysician(c) ? c : -1;
                }
            }
            if (q < 0) {
                q = r.physicians[rng.nextInt(r.physicians.length)];
            }
            if (q == p) {
                continue;
            }
            long patients = Math.round(rng.lognormal(16, 0.9));
            long claims = Math.max(1, Math.round(patients * rng.uniform(1.6, 4.5)) + rng.between(0, 5));
            row.set(Prop.PATIENTS, patients >= 11 ? Long.toString(patients) : null).set(Prop.CLAIMS, Long.toString(claims));
            // Shared-patient files cover a calendar year: written as such, the current pairs are this year's and the
            // earlier ones last year's; in the import format they are open-ended since 2025 and closed in 2024.
            int year = published != null ? 2026 : 2025;
            int vf = tl.of(year, 1, 1);
            if (!in(RelKind.REFERS_TO, NodeKind.CLINICIAN, people.seq[q], NodeKind.CLINICIAN, pseq, vf, NONE, SRC_CLAIMS)) {
                continue;
            }
            if (rng.chance(0.12)) {
                long before = Math.round(patients * rng.uniform(0.5, 1.3));
                row.set(Prop.PATIENTS, before >= 11 ? Long.toString(before) : null)
                        .set(Prop.CLAIMS, Long.toString(Math.max(1, Math.round(before * rng.uniform(1.6, 4.5)))));
                in(RelKind.REFERS_TO, NodeKind.CLINICIAN, people.seq[q], NodeKind.CLINICIAN, pseq, tl.of(year - 1, 1, 1),
                        tl.of(year - 1, 12, 31), SRC_CLAIMS);
            }
            if (patients >= 35) {
                influence(p, q, Math.min(0.95, 0.2 + patients / 150.0), "referral", SRC_CLAIMS);
            }
        }
    }

    /** The makers of the market's products: ours, and four others by product. */
    static final String[][] MANUFACTURERS = {{"Kestrel Therapeutics Inc.", "100000010001"},
        {"Northbay Pharmaceuticals LLC", "100000010002"}, {"Aldergrove Biologics Inc.", "100000010003"},
        {"Sunmere Pharma Corporation", "100000010004"}, {"Halcyon Life Sciences Inc.", "100000010005"}};
    /** Open Payments' natures of payment the demo pays, and how often. */
    static final String[] NATURES = {"Food and Beverage", "Consulting Fee",
        "Compensation for services other than consulting, including serving as faculty or as a speaker at a venue other"
            + " than a continuing education program", "Travel and Lodging", "Education"};
    private static final double[] NATURE_WEIGHT = {0.45, 0.2, 0.2, 0.1, 0.05};

    /**
     * Industry payments to key opinion leaders who prescribe (CMS Open Payments general payments, written in that
     * format only): this year and last, by the maker of a product they prescribe, a few per year. A random stream of
     * its own, so the rest of the market is the same with or without them.
     */
    void payments(int p) {
        if (published == null || !people.has(p, People.FLAG_KOL) || !people.isPhysician(p)
                || m.orgs.get(people.org[p]).national) {
            return;
        }
        List<Prescribing.Rx> rx = prescribing.of(p);
        if (rx.isEmpty()) {
            return;
        }
        Rng r = Rng.of(seed, 126, p);
        java.util.Set<Long> paid = new java.util.HashSet<>();
        for (int year = 2025; year <= 2026; year++) {
            int first = tl.yearStart(year);
            int last = Math.min(today - 1, tl.of(year, 12, 31));
            int count = r.between(1, 4);
            for (int i = 0; i < count && last > first; i++) {
                Product pr = m.products.get(rx.get(r.nextInt(rx.size())).product());
                String[] maker = pr.ours() ? MANUFACTURERS[0] : MANUFACTURERS[1 + pr.seq() % 4];
                double u = r.uniform(0, 1);
                int nature = 0;
                double acc = NATURE_WEIGHT[0];
                while (u > acc && nature < NATURES.length - 1) {
                    acc += NATURE_WEIGHT[++nature];
                }
                double amount = switch (nature) {
                    case 0 -> r.uniform(12, 160);
                    case 1 -> r.uniform(1_500, 12_000);
                    case 2 -> r.uniform(1_000, 5_000);
                    case 3 -> r.uniform(250, 1_800);
                    default -> r.uniform(50, 600);
                };
                int day = r.between(first, last);
                if (!paid.add(((long) pr.seq() << 32) | day)) {
                    continue; // the reader sums a clinician's payments of a day for a product into one relationship
                }
                published.payment(p, pr.seq(), maker[0], maker[1], Ids.decimal(amount, 2), day, NATURES[nature],
                        1_000_000L + (long) p * 16 + (year - 2025) * 8 + i);
            }
        }
    }

    /** What a prescriber prescribes ({@link Prescribing}): this year's claims and spend, and last year's for some. */
    void prescribes(int p) {
        int pseq = people.seq[p];
        int thisYear = prescribing.thisYear();
        for (Prescribing.Rx rx : prescribing.of(p)) {
            row.set(Prop.CLAIMS, Long.toString(rx.claims()));
            amount(rx.amount());
            out(RelKind.PRESCRIBES, NodeKind.CLINICIAN, pseq, NodeKind.PRODUCT, rx.product(), thisYear, NONE, SRC_CLAIMS);
            if (rx.claimsBefore() > 0) {
                row.set(Prop.CLAIMS, Long.toString(rx.claimsBefore()));
                amount(rx.amountBefore());
                out(RelKind.PRESCRIBES, NodeKind.CLINICIAN, pseq, NodeKind.PRODUCT, rx.product(), prescribing.lastYear(),
                        thisYear - 1, SRC_CLAIMS);
            }
        }
    }
}
