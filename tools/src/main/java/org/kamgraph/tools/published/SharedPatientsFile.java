package org.kamgraph.tools.published;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Shared-patient pairs in the DocGraph layout (first NPI, second NPI, pair count, beneficiary count, same-day count;
 * the first NPI saw the patients first) or the newer DocGraph Hop Teaming layout ({@code from_npi, to_npi,
 * patient_count, transaction_count, average_day_wait, std_day_wait}). Every pair appears once; counts under 11 are
 * suppressed by the publisher, so no pair has fewer than 11 beneficiaries and a same-day count under 11 is empty.
 *
 * <p>As published, the DocGraph layout has no header row (the reader names its fields npi1, npi2, pair_count,
 * bene_count, same_day_count; {@code --header=yes} writes those) and the Hop Teaming layout has one.
 *
 * <p>Providers: the universe's prescribing population; each provider's number of partners is drawn log-normally
 * around 45 (more when the requested rows need it); partners are partly near neighbours in the population and partly drawn
 * by a popularity law (hubs: the specialists many refer to).
 */
final class SharedPatientsFile {
    /** Layout names: {@code docgraph} (the original) or {@code hop-teaming}. */
    static final String DOCGRAPH = "docgraph";
    static final String HOP_TEAMING = "hop-teaming";
    static final String[] DOCGRAPH_HEADER = {"npi1", "npi2", "pair_count", "bene_count", "same_day_count"};
    static final String[] HOP_TEAMING_HEADER = {"from_npi", "to_npi", "patient_count", "transaction_count",
            "average_day_wait", "std_day_wait"};
    private static final long S_SHARED = 31;
    static final double MEAN_PARTNERS = 45;

    private SharedPatientsFile() {
    }

    /**
     * @param header the header row to write, or null for none (the original DocGraph files have none)
     */
    static long write(Universe u, long rows, String layout, String[] header, Path out, Progress progress)
            throws IOException {
        Universe.Spread people = u.prescribers();
        long pop = people.count;
        if (pop < 3) {
            throw new IllegalArgumentException("the universe is too small for shared patients: raise --universe");
        }
        // about 45 partners per provider (50M pairs, ~1.1M providers); more when the rows need more than 90% of them
        double mean = Math.max(MEAN_PARTNERS, rows / (0.9 * pop));
        double sigma = 0.8;
        double median = mean / StrictMath.exp(sigma * sigma / 2);
        int maxDegree = (int) Math.min(pop - 1, Math.max(50, mean * 20));
        long[] partners = new long[maxDegree];
        // hubs: rank r of a popularity law is the member (r * step) mod pop, a fixed permutation
        double[] hubWeights = new double[(int) Math.min(pop, 200_000)];
        for (int i = 0; i < hubWeights.length; i++) {
            hubWeights[i] = 1.0 / StrictMath.pow(i + 1, 0.9);
        }
        double[] hubs = Hash.cumulative(hubWeights);
        long step = coprimeStep(pop);
        long written = 0;
        boolean hop = HOP_TEAMING.equals(layout);
        try (Out o = new Out(out, ',', false)) {
            if (header != null) {
                o.header(header);
            }
            for (long p = 0; written < rows; p++) {
                if (p >= pop) {
                    throw new IllegalStateException("ran out of providers: raise --universe");
                }
                Hash h = Hash.of(u.seed, S_SHARED, p);
                int n = (int) Math.min(maxDegree, Math.max(1, Math.round(h.logNormal(median, sigma))));
                n = (int) Math.min(n, rows - written);
                int m = 0;
                for (int tries = 0; m < n && tries < n * 20; tries++) {
                    long q;
                    if (h.chance(0.6)) {
                        long off = 1 + h.nextInt((int) Math.min(pop - 1, 5_000));
                        q = Math.floorMod(h.chance(0.5) ? p + off : p - off, pop);
                    } else {
                        q = Math.floorMod(h.weighted(hubs) * step, pop);
                    }
                    if (q == p) {
                        continue;
                    }
                    boolean dup = false;
                    for (int i = 0; i < m && !dup; i++) {
                        dup = partners[i] == q;
                    }
                    if (!dup) {
                        partners[m++] = q;
                    }
                }
                Arrays.sort(partners, 0, m);
                long from = u.clinicianNpi(people.clinician(p));
                for (int i = 0; i < m; i++) {
                    long to = u.clinicianNpi(people.clinician(partners[i]));
                    long benes = 11 + Math.round(h.logNormal(12, 1.1));
                    long pairs = benes + Math.round(benes * h.logNormal(0.4, 0.8));
                    o.number(from).number(to);
                    if (hop) {
                        o.number(benes).number(pairs);
                        long waitTenths = Math.round(h.logNormal(250, 0.7));
                        o.fixed(waitTenths, 1).fixed(Math.round(waitTenths * (0.4 + h.nextDouble() * 0.8)), 1);
                    } else {
                        o.number(pairs).number(benes);
                        long sameDay = Math.round(pairs * h.nextDouble() * 0.3);
                        if (sameDay >= 11) {
                            o.number(sameDay);
                        } else {
                            o.text(null);
                        }
                    }
                    o.end();
                    written++;
                }
                progress.rows(written);
            }
        }
        return written;
    }

    /** A step coprime with n near n times the golden ratio's fraction: rank r -> (r * step) mod n is a permutation. */
    private static long coprimeStep(long n) {
        long s = Math.max(1, (long) (n * 0.6180339887));
        while (gcd(s, n) != 1) {
            s++;
        }
        return s;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
