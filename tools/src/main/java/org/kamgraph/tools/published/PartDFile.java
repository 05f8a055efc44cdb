package org.kamgraph.tools.published;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Medicare Part D Prescribers - by Provider and Drug (CMS, data year layout since DY2013 as republished in 2021 with
 * the current column names): one row per prescriber NPI and drug (brand and generic name) with at least 11 claims,
 * sorted by NPI then drug. Counts under 11 are suppressed: Tot_Benes empty; the 65-and-over columns empty with
 * GE65_Sprsn_Flag "*" (fewer than 11) or "#" (counter-suppressed); GE65_Bene_Sprsn_Flag likewise.
 *
 * <p>Prescribers: the universe's prescribing population ({@link Universe#prescribers()}), each with a number of
 * drugs drawn log-normally around 24 (more when the requested rows need it), drugs drawn by popularity.
 */
final class PartDFile {
    static final String[] HEADER = {"Prscrbr_NPI", "Prscrbr_Last_Org_Name", "Prscrbr_First_Name", "Prscrbr_City",
            "Prscrbr_State_Abrvtn", "Prscrbr_State_FIPS", "Prscrbr_Type", "Prscrbr_Type_Src", "Brnd_Name", "Gnrc_Name",
            "Tot_Clms", "Tot_30day_Fills", "Tot_Day_Suply", "Tot_Drug_Cst", "Tot_Benes", "GE65_Sprsn_Flag",
            "GE65_Tot_Clms", "GE65_Tot_30day_Fills", "GE65_Tot_Drug_Cst", "GE65_Tot_Day_Suply", "GE65_Bene_Sprsn_Flag",
            "GE65_Tot_Benes"};
    private static final long S_PARTD = 11;
    static final double MEAN_DRUGS = 24;

    private PartDFile() {
    }

    static long write(Universe u, Drugs drugs, long rows, Path out, Progress progress) throws IOException {
        Universe.Spread prescribers = u.prescribers();
        // about 24 drugs per prescriber (25M rows, ~1M prescribers in a data year); more when the requested rows need
        // more than 85% of the population at that mean, so that they never run out of prescribers
        double mean = Math.max(MEAN_DRUGS, rows / (0.85 * prescribers.count));
        double sigma = 0.9;
        double median = mean / StrictMath.exp(sigma * sigma / 2);
        long written = 0;
        int[] chosen = new int[drugs.count()];
        try (Out o = new Out(out, ',', false)) {
            o.header(HEADER);
            for (long p = 0; written < rows; p++) {
                if (p >= prescribers.count) {
                    throw new IllegalStateException("ran out of prescribers: raise --universe");
                }
                long k = prescribers.clinician(p);
                Universe.Clinician c = u.clinician(k);
                Hash h = Hash.of(u.seed, S_PARTD, p);
                int n = (int) Math.min(drugs.count() / 2, Math.max(1, Math.round(h.logNormal(median, sigma))));
                n = (int) Math.min(n, rows - written);
                int m = 0;
                for (int tries = 0; m < n && tries < n * 20; tries++) {
                    int d = drugs.pick(h);
                    boolean dup = false;
                    for (int i = 0; i < m && !dup; i++) {
                        dup = chosen[i] == d;
                    }
                    if (!dup) {
                        chosen[m++] = d;
                    }
                }
                // the file lists a prescriber's drugs by name
                Integer[] byName = new Integer[m];
                for (int i = 0; i < m; i++) {
                    byName[i] = chosen[i];
                }
                Arrays.sort(byName, (a, b) -> Integer.compare(drugs.nameOrder[a], drugs.nameOrder[b]));
                String last = Names.title(c.last());
                String first = Names.title(c.first());
                String src = h.chance(0.9) ? "S" : "T";
                for (int i = 0; i < m; i++) {
                    row(o, c, last, first, src, drugs, byName[i], h);
                    written++;
                }
                progress.rows(written);
            }
        }
        return written;
    }

    private static void row(Out o, Universe.Clinician c, String last, String first, String src, Drugs drugs, int d, Hash h) {
        long claims = 11 + Math.round(h.logNormal(18, 1.1));
        long fillsTenths = Math.round(claims * 10 * (1 + h.nextDouble() * 1.5));
        long daySupply = Math.round(fillsTenths * 3.0 * (0.9 + h.nextDouble() * 0.2));
        long costCents = Math.round(claims * drugs.claimCost[d] * (0.7 + h.nextDouble() * 0.6) * 100);
        long benes = Math.max(1, Math.round(claims / (1 + h.nextDouble() * 5)));
        o.number(c.npi()).text(last).text(first).text(Names.title(c.city())).text(c.state().code()).text(c.state().fips())
                .text(c.taxonomy().partDType()).text(src).text(drugs.brand[d]).text(drugs.generic[d]).number(claims)
                .fixed(fillsTenths, 1).number(daySupply).cents(costCents);
        if (benes >= 11) {
            o.number(benes);
        } else {
            o.text(null);
        }
        // the 65-and-over part: about three claims in four
        long geClaims = Math.round(claims * (0.55 + h.nextDouble() * 0.4));
        long under65 = claims - geClaims;
        if (geClaims < 11 || under65 > 0 && under65 < 11) {
            // "*": fewer than 11; "#": counter-suppressed (the under-65 part would be under 11)
            o.text(geClaims < 11 ? "*" : "#").empty(4);
        } else {
            long geFills = Math.round(fillsTenths * (double) geClaims / claims);
            long geDays = Math.round(daySupply * (double) geClaims / claims);
            long geCost = Math.round(costCents * (double) geClaims / claims);
            o.text(null).number(geClaims).fixed(geFills, 1).cents(geCost).number(geDays);
        }
        long geBenes = Math.round(benes * (0.55 + h.nextDouble() * 0.4));
        if (geBenes < 11) {
            o.text("*").text(null);
        } else {
            o.text(null).number(geBenes);
        }
        o.end();
    }
}
