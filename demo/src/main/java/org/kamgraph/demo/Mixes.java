package org.kamgraph.demo;

import java.util.List;
import org.kamgraph.demo.Market.Product;
import org.kamgraph.model.NodeKind;

/**
 * The product mix of every provider, pharmacy and ACO: what its drug money pays for. Providers (IDNs, hospitals,
 * clinics) spend on what their clinicians prescribe (the PRESCRIBES of the people working there, an IDN's over all
 * its hospitals and clinics); pharmacies follow their type (retail and mail order dispense mostly chronic,
 * lower-priced brands; specialty pharmacies oncology, immunology and other high-cost specialty products; a
 * hospital's outpatient pharmacy half its hospital's prescribing; an IDN's specialty pharmacy leans to its IDN's
 * specialty prescribing); an ACO's is its members'. A mix covers all of the money: every product with a share of at
 * least {@link Mix#MIN_SHARE}.
 */
final class Mixes {
    /** Therapeutic-area weights (Oncology, Cardiology, Endocrinology, Immunology, Respiratory, Neurology) by pharmacy type. */
    private static final double[] RETAIL = {0.03, 1.0, 1.0, 0.15, 0.7, 0.4};
    private static final double[] MAIL = {0.02, 1.0, 1.0, 0.1, 0.6, 0.5};
    private static final double[] SPECIALTY = {1.0, 0.02, 0.1, 1.0, 0.4, 0.6};
    /** A specialty product: priced above this per claim. */
    static final double SPECIALTY_PRICE = 2_000;

    private final Market m;
    private final List<Product> products;
    private final Rng rng = new Rng(0);
    /** Money prescribed per product by the clinicians of each organization (by org index; null: none). */
    private final double[][] prescribed;
    final Mix[] byOrg;

    Mixes(Market m, Prescribing prescribing) {
        this.m = m;
        this.products = m.products;
        this.prescribed = new double[m.orgs.size()][];
        this.byOrg = new Mix[m.orgs.size()];
        People people = m.people;
        for (int p = 0; p < people.n; p++) {
            for (Prescribing.Rx rx : prescribing.of(p)) {
                Org home = m.orgs.get(people.org[p]);
                add(home, rx);
                if (home.idn != null && home.idn != home) {
                    add(home.idn, rx);
                }
            }
        }
        for (Org o : m.orgs) {
            rng.reset(m.seed, 160, o.index);
            byOrg[o.index] = switch (o.kind) {
                case IDN, HOSPITAL, CLINIC -> provider(o);
                case PHARMACY -> pharmacy(o);
                default -> null;
            };
        }
        for (Org aco : m.byKind.get(NodeKind.ACO)) {
            byOrg[aco.index] = aco(aco);
        }
    }

    Mix of(Org o) {
        Mix mix = byOrg[o.index];
        return mix == null ? Mix.EMPTY : mix;
    }

    private void add(Org o, Prescribing.Rx rx) {
        double[] a = prescribed[o.index];
        if (a == null) {
            a = new double[products.size()];
            prescribed[o.index] = a;
        }
        a[rx.product()] += rx.amount();
    }

    private Mix provider(Org o) {
        double[] rx = prescribed[o.index];
        if (rx != null) {
            return Mix.complete(rx, Mix.MIN_SHARE);
        }
        return Mix.complete(byArea(RETAIL, false), Mix.MIN_SHARE);
    }

    private Mix pharmacy(Org ph) {
        return switch (ph.subtype) {
            case "specialty" -> {
                double[] w = byArea(SPECIALTY, true);
                double[] idn = ph.idn == null ? null : prescribed[ph.idn.index];
                if (idn != null) { // an IDN's own specialty pharmacy fills its clinicians' specialty prescriptions
                    double[] own = new double[w.length];
                    for (Product p : products) {
                        own[p.seq()] = p.price() > SPECIALTY_PRICE ? idn[p.seq()] : 0;
                    }
                    blend(w, own);
                }
                yield Mix.complete(w, Mix.MIN_SHARE);
            }
            case "mail_order" -> Mix.complete(byArea(MAIL, false), Mix.MIN_SHARE);
            case "hospital" -> {
                double[] w = byArea(RETAIL, false);
                double[] hospital = ph.parent == null ? null : prescribed[ph.parent.index];
                if (hospital != null) {
                    blend(w, hospital);
                }
                yield Mix.complete(w, Mix.MIN_SHARE);
            }
            default -> Mix.complete(byArea(RETAIL, false), Mix.MIN_SHARE);
        };
    }

    /** Weights by area and price (money grows with price, less than linearly as cheaper drugs sell more), with noise. */
    private double[] byArea(double[] area, boolean specialty) {
        double[] w = new double[products.size()];
        for (Product p : products) {
            boolean special = p.price() > SPECIALTY_PRICE;
            double fit = specialty ? (special ? 1 : 0.1) : (special ? 0.05 : 1);
            w[p.seq()] = area[p.area()] * fit * StrictMath.sqrt(p.price()) * rng.lognormal(1, 0.6);
        }
        return w;
    }

    /** Half {@code w}, half {@code other}, each normalized to sum 1 first. */
    private static void blend(double[] w, double[] other) {
        double sw = 0;
        double so = 0;
        for (int i = 0; i < w.length; i++) {
            sw += w[i];
            so += other[i];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = (sw > 0 ? w[i] / sw : 0) * 0.5 + (so > 0 ? other[i] / so : 0) * 0.5;
        }
    }

    private Mix aco(Org aco) {
        double[] perProduct = new double[products.size()];
        double total = 0;
        for (NodeKind k : new NodeKind[] {NodeKind.IDN, NodeKind.HOSPITAL, NodeKind.CLINIC}) {
            for (Org o : m.byKind.get(k)) {
                if (o.aco == aco && o.spend > 0) {
                    of(o).addTo(perProduct, o.spend);
                    total += o.spend;
                }
            }
        }
        if (total == 0) { // no member organization: the region's IDNs
            for (Org idn : m.regions.get(aco.region).idns) {
                of(idn).addTo(perProduct, idn.spend);
                total += idn.spend;
            }
        }
        return Mix.complete(perProduct, Mix.MIN_SHARE);
    }
}
