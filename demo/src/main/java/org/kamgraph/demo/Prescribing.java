package org.kamgraph.demo;

import java.util.ArrayList;
import java.util.List;
import org.kamgraph.demo.Market.Product;

/**
 * What each prescriber prescribes in the areas of their specialty: annual claims (11 or more, as public prescriber
 * data suppresses smaller counts) and spend this year, and for some last year too. Computed from the prescriber's
 * own random stream, so that the money plan (a provider's product mix is what its clinicians prescribe) and the
 * PRESCRIBES rows agree without being stored.
 */
final class Prescribing {
    /** One prescription line: this year's claims and spend, and last year's ({@code claimsBefore} 0: none). */
    record Rx(int product, long claims, double amount, long claimsBefore, double amountBefore) {
    }

    private static final long STREAM = 125;
    private final Market m;
    private final People people;
    private final Product[][] byArea;
    private final Rng rng = new Rng(0);
    private final int thisYear;
    private final int lastYear;

    Prescribing(Market m) {
        this.m = m;
        this.people = m.people;
        byArea = new Product[Names.AREAS.length][];
        for (int a = 0; a < byArea.length; a++) {
            byArea[a] = m.productsIn(a).toArray(Product[]::new);
        }
        thisYear = m.timeline.yearStart(2026);
        lastYear = m.timeline.yearStart(2025);
    }

    /** The first day of this year and of last year, the validFrom of this and last year's rows. */
    int thisYear() {
        return thisYear;
    }

    int lastYear() {
        return lastYear;
    }

    /** The prescriptions of person {@code p}; empty for non-prescribers. */
    List<Rx> of(int p) {
        if (!people.has(p, People.FLAG_PRESCRIBER)) {
            return List.of();
        }
        rng.reset(m.seed, STREAM, p);
        int[] areas = Market.SPECIALTY_AREAS[people.specialty[p]];
        boolean nurse = people.profession[p] == Market.NURSE;
        double volume = people.volume[p];
        List<Rx> list = new ArrayList<>(6);
        for (int a : areas) {
            Product[] products = byArea[a];
            int k = nurse ? rng.between(1, 2) : areas.length > 1 ? rng.between(1, 3) : rng.between(2, 4);
            int start = rng.nextInt(products.length);
            int step = 1 + rng.nextInt(products.length - 1);
            for (int i = 0; i < k; i++) {
                Product pr = products[(start + i * step) % products.length];
                long claims = Math.min(4_000, Math.round(volume * rng.lognormal(areas.length > 1 ? 45 : 70, 0.9)));
                double amount = claims * pr.price() * rng.uniform(0.85, 1.15);
                boolean history = rng.chance(0.2);
                long before = Math.round(claims * rng.uniform(0.6, 1.3));
                double amountBefore = before * pr.price() * rng.uniform(0.8, 1.1);
                if (claims < 11 || pr.launch() >= thisYear || contains(list, pr.seq())) {
                    continue; // under 11 claims is suppressed in public prescriber data
                }
                boolean last = history && pr.launch() < lastYear && before >= 11;
                list.add(new Rx(pr.seq(), claims, amount, last ? before : 0, last ? amountBefore : 0));
            }
        }
        return list;
    }

    private static boolean contains(List<Rx> list, int product) {
        for (Rx rx : list) {
            if (rx.product() == product) {
                return true;
            }
        }
        return false;
    }
}
