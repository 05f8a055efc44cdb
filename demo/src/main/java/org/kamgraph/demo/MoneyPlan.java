package org.kamgraph.demo;

import static org.kamgraph.demo.Dates.NONE;

import java.util.ArrayList;
import java.util.List;
import org.kamgraph.demo.Market.Region;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/**
 * The market's money, planned before anything is written so that it adds up along its chains. Money moves the way
 * it is paid:
 * <ul>
 *   <li>pharmacies buy their drugs from wholesalers ({@code Pharmacy -CONTRACTS_WITH-> Wholesaler}, amount = the
 *       year's purchases, split between a prime and a secondary wholesaler), and are paid for what they dispense by
 *       PBMs and Medicaid ({@code REIMBURSES}): purchases times a dispensing margin (4-12%), less a cash and
 *       uninsured share (3-8%);</li>
 *   <li>a PBM is paid by its payers ({@code Payer -CONTRACTS_WITH-> Pbm}) what it pays its pharmacy network plus
 *       its margin (3-6%), shared among its payers by lives covered;</li>
 *   <li>providers (IDNs, independent hospitals and clinics) are reimbursed by payers ({@code REIMBURSES}) their drug
 *       spend plus a markup (5-15%), shared among the payers that pay them by lives; payers' value-based contracts
 *       and ACO payments come on top; providers buy from wholesalers what they spend;</li>
 *   <li>the federal authority funds Medicare plans' drug money and its share (55-70%) of Medicaid plans', the
 *       state the rest ({@code FUNDS}), each with 2-6% administration on top; it also pays teaching hospitals and
 *       some IDNs grants.</li>
 * </ul>
 * Every money relationship's per-product parts are its amount times the {@link Mix} of the organization the money
 * pays for (the receiver, or for purchases the buyer), in whole cents adding up to the amount; a PBM's and a payer's mix is the exact mix of what they pay
 * out, so each product's money is conserved along payer -> PBM -> pharmacy -> wholesaler within the margins above.
 */
final class MoneyPlan {
    /**
     * One planned money relationship.
     *
     * @param payFor the organization whose product mix the parts follow
     */
    record Edge(RelKind kind, Org from, Org to, Org payFor, double amount, int vf, int vt) {
    }

    /** Market shares of the three PBMs (together about 80% of claims). */
    private static final double[] PBM_SHARE = {0.34, 0.28, 0.2};
    static final double US_POPULATION = 335e6;

    private final Market m;
    private final Timeline tl;
    private final Rng rng = new Rng(0);
    final Mixes mixes;
    /** Mixes of PBMs and payers: exactly what they pay out (by org index). */
    private final Mix[] paidOut;
    private final List<List<Edge>> out;
    private final List<List<Edge>> in;
    /** Share of an organization's purchases and goods that go through its prime wholesaler (by org index). */
    private final double[] primeShare;
    private final double modelledPopulation;

    MoneyPlan(Market m, Prescribing prescribing) {
        this.m = m;
        this.tl = m.timeline;
        this.mixes = new Mixes(m, prescribing);
        int n = m.orgs.size();
        paidOut = new Mix[n];
        out = new ArrayList<>(n);
        in = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(null);
            in.add(null);
        }
        primeShare = new double[n];
        double pop = 0;
        for (Region r : m.regions) {
            pop += r.population;
        }
        modelledPopulation = pop;
        for (Org o : m.orgs) {
            rng.reset(m.seed, 161, o.index);
            primeShare[o.index] = o.wholesaler2 != null ? rng.uniform(0.75, 0.9) : 1.0;
        }
        for (Org ph : m.byKind.get(NodeKind.PHARMACY)) {
            rng.reset(m.seed, 162, ph.index);
            pharmacy(ph);
        }
        for (Org pbm : m.pbms) {
            rng.reset(m.seed, 163, pbm.index);
            pbmContracts(pbm);
        }
        for (Region r : m.regions) {
            for (Org idn : r.idns) {
                provider(idn, r, 0.9);
            }
            for (Org h : r.hospitals) {
                if (h.idn == null) {
                    provider(h, r, 0.85);
                }
            }
            for (Org c : r.clinics) {
                if (c.parent == null) {
                    provider(c, r, 0.3);
                }
            }
            for (Org aco : r.acos) {
                rng.reset(m.seed, 165, aco.index);
                aco(aco, r);
            }
        }
        for (Org payer : m.byKind.get(NodeKind.PAYER)) {
            paidOut[payer.index] = paidOutMix(payer);
        }
        for (Org payer : m.byKind.get(NodeKind.PAYER)) {
            rng.reset(m.seed, 166, payer.index);
            funding(payer);
        }
        for (Org a : m.byKind.get(NodeKind.HEALTH_AUTHORITY)) {
            rng.reset(m.seed, 167, a.index);
            grants(a);
        }
    }

    /** The money relationships starting at {@code o}, in the order planned. */
    List<Edge> from(Org o) {
        List<Edge> l = out.get(o.index);
        return l == null ? List.of() : l;
    }

    /** The money relationships ending at {@code o}. */
    List<Edge> into(Org o) {
        List<Edge> l = in.get(o.index);
        return l == null ? List.of() : l;
    }

    /** The mix a relationship's per-product parts follow. */
    Mix mixFor(Edge e) {
        Mix paid = paidOut[e.payFor().index];
        return paid != null ? paid : mixes.of(e.payFor());
    }

    /** Share of {@code o}'s purchases (and goods received) through its prime wholesaler; the rest goes through its second. */
    double primeShare(Org o) {
        return primeShare[o.index];
    }

    private void add(RelKind kind, Org from, Org to, Org payFor, double amount, int vf, int vt) {
        Edge e = new Edge(kind, from, to, payFor, amount, vf, vt);
        if (out.get(from.index) == null) {
            out.set(from.index, new ArrayList<>(4));
        }
        out.get(from.index).add(e);
        if (in.get(to.index) == null) {
            in.set(to.index, new ArrayList<>(4));
        }
        in.get(to.index).add(e);
    }

    private int since(int from, int to) {
        return to <= from ? from : rng.between(from, to);
    }

    // --- pharmacies --------------------------------------------------------------------------------------------

    private void pharmacy(Org ph) {
        double purchases = ph.spend;
        purchases(ph, purchases);
        List<Org> payers = new ArrayList<>(4);
        List<Double> weights = new ArrayList<>(4);
        for (int k = 0; k < m.pbms.size(); k++) {
            boolean member = ph.ownerPbm >= 0 ? ph.ownerPbm == k : rng.chance(switch (ph.subtype) {
                case "retail" -> 0.9;
                case "specialty" -> 0.55;
                default -> 0.45;
            });
            double w = ph.ownerPbm == k ? 0.9 : PBM_SHARE[k] * rng.lognormal(1, 0.25);
            if (member) {
                payers.add(m.pbms.get(k));
                weights.add(w);
            }
        }
        if (payers.isEmpty()) { // every pharmacy is in some network: the largest PBM's, as a rule
            payers.add(m.pbms.getFirst());
            weights.add(PBM_SHARE[0]);
        }
        if (!ph.national && !ph.subtype.equals("mail_order") && rng.chance(0.85)) {
            payers.add(m.region(ph).medicaid);
            weights.add(rng.uniform(0.08, 0.16));
        }
        double paid = purchases * (1 + rng.uniform(0.04, 0.12)) * (1 - rng.uniform(0.03, 0.08));
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        for (int i = 0; i < payers.size(); i++) {
            int vf = since(tl.early(), tl.today - 30);
            add(RelKind.REIMBURSES, payers.get(i), ph, ph, paid * weights.get(i) / total, vf, NONE);
        }
    }

    /** An organization's purchases from its prime and second wholesaler (and, for some providers, a former one). */
    private void purchases(Org o, double amount) {
        if (o.wholesaler == null) {
            return;
        }
        int vf = since(tl.of(2016, 1, 1), tl.today - 30);
        if (o.kind != NodeKind.PHARMACY && rng.chance(0.15)) {
            Org former = m.bigWholesalers.get(rng.nextInt(3));
            if (former != o.wholesaler && former != o.wholesaler2) {
                int from = since(tl.of(2010, 1, 1), vf - 400);
                add(RelKind.CONTRACTS_WITH, o, former, o, amount * rng.uniform(0.7, 0.9), Math.min(from, vf - 2), vf - 1);
            }
        }
        double prime = primeShare[o.index];
        add(RelKind.CONTRACTS_WITH, o, o.wholesaler, o, amount * prime, vf, NONE);
        if (o.wholesaler2 != null) {
            add(RelKind.CONTRACTS_WITH, o, o.wholesaler2, o, amount * (1 - prime), since(tl.of(2016, 1, 1), tl.today - 30), NONE);
        }
    }

    // --- PBMs --------------------------------------------------------------------------------------------------

    /** A PBM's payers pay it what it pays its network plus its margin, shared by lives covered. */
    private void pbmContracts(Org pbm) {
        double outflow = 0;
        for (Edge e : from(pbm)) {
            outflow += e.amount();
        }
        paidOut[pbm.index] = paidOutMix(pbm);
        double inflow = outflow * (1 + rng.uniform(0.03, 0.06));
        List<Org> payers = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Org p : m.byKind.get(NodeKind.PAYER)) {
            if (p.pbm == pbm) {
                payers.add(p);
                weights.add(lives(p) * rng.lognormal(1, 0.15));
            }
        }
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        for (int i = 0; i < payers.size(); i++) {
            Org payer = payers.get(i);
            double amount = inflow * weights.get(i) / total;
            int vf = payer.pbmFrom != NONE ? payer.pbmFrom : since(tl.of(2014, 1, 1), tl.of(2024, 1, 1));
            if (payer.formerPbm != null) {
                int from = since(tl.of(2012, 1, 1), vf - 400);
                add(RelKind.CONTRACTS_WITH, payer, payer.formerPbm, payer.formerPbm, amount * rng.uniform(0.8, 0.95),
                        Math.min(from, vf - 2), vf - 1);
            }
            add(RelKind.CONTRACTS_WITH, payer, pbm, pbm, amount, vf, NONE);
        }
    }

    /** Members a payer covers in the modelled market (a national payer's share of the modelled population). */
    private double lives(Org payer) {
        return payer.national ? payer.size * modelledPopulation / US_POPULATION : payer.size;
    }

    // --- providers ---------------------------------------------------------------------------------------------

    private void provider(Org o, Region r, double chance) {
        rng.reset(m.seed, 164, o.index);
        purchases(o, o.spend);
        List<Org> payers = new ArrayList<>(r.payers);
        payers.addAll(m.nationalPayers);
        double[] w = new double[payers.size()];
        double total = 0;
        int largest = 0;
        for (int i = 0; i < payers.size(); i++) {
            Org p = payers.get(i);
            double share = share(p, r);
            double c = o.kind == NodeKind.IDN ? (p.subtype.equals("medicare") ? 0.95 : p.subtype.equals("medicaid") ? 0.85 : chance) : chance;
            if (rng.chance(c)) {
                w[i] = share * rng.lognormal(1, 0.3);
                total += w[i];
            }
            largest = share > share(payers.get(largest), r) ? i : largest;
        }
        if (total == 0) {
            w[largest] = 1;
            total = 1;
        }
        double reimbursed = o.spend * rng.uniform(1.05, 1.15);
        for (int i = 0; i < payers.size(); i++) {
            Org p = payers.get(i);
            if (w[i] > 0) {
                add(RelKind.REIMBURSES, p, o, o, reimbursed * w[i] / total, since(tl.of(2016, 1, 1), tl.of(2026, 1, 1)), NONE);
            }
            if (o.kind == NodeKind.IDN && rng.chance(0.12)) { // a value-based contract on top
                add(RelKind.CONTRACTS_WITH, p, o, o, o.spend * share(p, r) * rng.uniform(0.05, 0.15),
                        tl.yearStart(rng.between(2020, 2026)), NONE);
            }
        }
    }

    /** A payer's share of a region's population. */
    private double share(Org payer, Region r) {
        double lives = payer.national ? payer.size * r.population / US_POPULATION : payer.size;
        return Math.min(0.6, lives / r.population);
    }

    private void aco(Org aco, Region r) {
        List<Org> payers = new ArrayList<>(r.payers);
        payers.addAll(m.nationalPayers);
        for (Org p : payers) {
            boolean medicare = p.subtype.equals("medicare");
            double share = share(p, r);
            if (rng.chance(medicare ? 0.7 : 0.25)) {
                add(RelKind.REIMBURSES, p, aco, aco, rng.lognormal(6_000_000, 0.6) * r.s * share * 5,
                        tl.yearStart(rng.between(2018, 2026)), NONE);
            }
            if (rng.chance(medicare ? 0.5 : 0.2)) {
                add(RelKind.CONTRACTS_WITH, p, aco, aco, rng.lognormal(1_500_000, 0.6) * r.s * share * 5,
                        Math.max(aco.founded, tl.yearStart(rng.between(2018, 2026))), NONE);
            }
        }
    }

    // --- public money ------------------------------------------------------------------------------------------

    /** The exact mix of what {@code o} pays out now (current relationships only). */
    private Mix paidOutMix(Org o) {
        double[] perProduct = new double[m.products.size()];
        for (Edge e : from(o)) {
            if (e.vt() == NONE) {
                mixFor(e).addTo(perProduct, e.amount());
            }
        }
        return Mix.aggregate(perProduct);
    }

    private double paidOutNow(Org o) {
        double total = 0;
        for (Edge e : from(o)) {
            if (e.vt() == NONE) {
                total += e.amount();
            }
        }
        return total;
    }

    /**
     * Public plans' drug money: Medicare plans from the federal authority, Medicaid plans from the federal authority
     * (its matching share) and the states (the rest; a national plan from every state by population), with
     * administration on top. Commercial plans are paid by premiums, which the market does not model.
     */
    private void funding(Org payer) {
        boolean medicare = payer.subtype.equals("medicare");
        if (!medicare && !payer.subtype.equals("medicaid")) {
            return;
        }
        double outflow = paidOutNow(payer) * (1 + rng.uniform(0.02, 0.06));
        if (outflow <= 0) {
            return;
        }
        double federal = medicare ? 1.0 : rng.uniform(0.55, 0.7);
        add(RelKind.FUNDS, m.federal, payer, payer, outflow * federal, since(tl.early(), tl.of(2024, 1, 1)), NONE);
        if (medicare) {
            return;
        }
        if (payer.national) {
            for (Region r : m.regions) {
                add(RelKind.FUNDS, r.authority, payer, payer, outflow * (1 - federal) * r.population / modelledPopulation,
                        since(tl.early(), tl.of(2025, 1, 1)), NONE);
            }
        } else {
            add(RelKind.FUNDS, m.region(payer).authority, payer, payer, outflow * (1 - federal),
                    since(tl.early(), tl.of(2024, 1, 1)), NONE);
        }
    }

    /** Grants: the federal authority to teaching hospitals and some IDNs, states to some of theirs. */
    private void grants(Org a) {
        if (a.national) {
            for (Org h : m.byKind.get(NodeKind.HOSPITAL)) {
                if (h.teaching) {
                    add(RelKind.FUNDS, a, h, h, h.size * rng.lognormal(45_000, 0.3), since(tl.early(), tl.of(2025, 1, 1)), NONE);
                }
            }
            for (Org idn : m.byKind.get(NodeKind.IDN)) {
                if (rng.chance(0.15)) {
                    add(RelKind.FUNDS, a, idn, idn, idn.spend * rng.uniform(0.04, 0.1), since(tl.early(), tl.of(2025, 1, 1)), NONE);
                }
            }
        } else {
            for (Org idn : m.region(a).idns) {
                if (rng.chance(0.2)) {
                    add(RelKind.FUNDS, a, idn, idn, idn.spend * rng.uniform(0.02, 0.06), since(tl.early(), tl.of(2025, 1, 1)), NONE);
                }
            }
        }
    }
}
