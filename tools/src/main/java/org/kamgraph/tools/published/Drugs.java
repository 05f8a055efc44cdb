package org.kamgraph.tools.published;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The generated drug names (about 3,000, as in a Part D data year): generics written with the generic name as both
 * brand and generic (as the Part D file does for unbranded drugs), and branded drugs. Popularity falls off by rank
 * (Zipf, exponent 1.05): a few drugs are on most prescribers' lists. The product catalog (our Product.csv) holds a
 * few hundred of the branded drugs ({@link #inCatalog}); every other name matches no product.
 */
final class Drugs {
    static final int DEFAULT_COUNT = 3_000;
    static final int DEFAULT_CATALOG = 300;

    private static final String[] ONSETS = {"ab", "ac", "al", "am", "an", "ap", "ar", "as", "at", "av", "az", "bel",
            "ben", "bex", "bri", "cab", "cal", "can", "car", "cef", "cin", "clo", "dab", "dal", "dar", "del", "den", "dex",
            "dol", "dox", "dul", "ela", "eli", "emp", "ena", "epi", "eri", "eso", "eto", "eve", "fam", "fen", "fex", "flu",
            "fos", "gab", "gal", "gli", "gra", "hal", "hyd", "iba", "ibr", "ima", "ind", "ipr", "irb", "iso", "ket", "lab",
            "lam", "lan", "lev", "lin", "lis", "lor", "los", "lur", "mec", "mel", "mem", "met", "mid", "mir", "mon", "mor",
            "nab", "nad", "nal", "neb", "nif", "nil", "nir", "ola", "olm", "ome", "ond", "osi", "oxa", "pal", "pan", "par",
            "pem", "per", "pio", "pra", "pre", "pro", "que", "qui", "rab", "ral", "ram", "ran", "reg", "rib", "ris", "riv",
            "ros", "rux", "sac", "sal", "sax", "sel", "ser", "sil", "sim", "sit", "sol", "sor", "sot", "sum", "sun", "tac",
            "tad", "tam", "tel", "ter", "tic", "tof", "tol", "top", "tor", "tra", "tri", "val", "van", "var", "ven", "ver",
            "vil", "vor", "war", "zan", "zid", "zol", "zon"};
    private static final String[] MIDDLES = {"a", "e", "i", "o", "u", "ara", "eri", "ono", "ati", "ela", "ira", "ovi",
            "ani", "eti", "ota"};

    /** Class suffixes with their therapeutic area and how costly a claim of a branded one is (median, USD). */
    private record Suffix(String suffix, String area, double brandCost) {
    }

    private static final Suffix[] SUFFIXES = {
            new Suffix("ciclib", "Oncology", 14_000), new Suffix("tinib", "Oncology", 12_000),
            new Suffix("rafenib", "Oncology", 11_000), new Suffix("parib", "Oncology", 13_000),
            new Suffix("lutamide", "Oncology", 9_000), new Suffix("mab", "Immunology", 6_000),
            new Suffix("citinib", "Immunology", 5_000), new Suffix("pril", "Cardiovascular", 150),
            new Suffix("sartan", "Cardiovascular", 200), new Suffix("statin", "Cardiovascular", 250),
            new Suffix("olol", "Cardiovascular", 120), new Suffix("dipine", "Cardiovascular", 130),
            new Suffix("xaban", "Cardiovascular", 520), new Suffix("gatran", "Cardiovascular", 480),
            new Suffix("gliflozin", "Diabetes", 560), new Suffix("gliptin", "Diabetes", 520),
            new Suffix("glutide", "Diabetes", 900), new Suffix("formin", "Diabetes", 60),
            new Suffix("prazole", "Gastroenterology", 180), new Suffix("tidine", "Gastroenterology", 90),
            new Suffix("oxetine", "Neuroscience", 300), new Suffix("apine", "Neuroscience", 900),
            new Suffix("triptan", "Neuroscience", 400), new Suffix("zepam", "Neuroscience", 60),
            new Suffix("lukast", "Respiratory", 200), new Suffix("terol", "Respiratory", 420),
            new Suffix("vir", "Infectious Disease", 2_500), new Suffix("cillin", "Infectious Disease", 60),
            new Suffix("mycin", "Infectious Disease", 90), new Suffix("floxacin", "Infectious Disease", 80),
            new Suffix("azole", "Infectious Disease", 150), new Suffix("semide", "Nephrology", 40),
            new Suffix("thiazide", "Nephrology", 40), new Suffix("parin", "Hematology", 700),
            new Suffix("poetin", "Hematology", 1_800), new Suffix("dronate", "Endocrinology", 150),
            new Suffix("sone", "Endocrinology", 60), new Suffix("afil", "Urology", 300),
            new Suffix("osin", "Urology", 80), new Suffix("cort", "Dermatology", 250),
    };
    private static final String[] SALTS = {"Hcl", "Sodium", "Calcium", "Potassium", "Maleate", "Besylate",
            "Succinate", "Tartrate", "Mesylate", "Citrate"};
    private static final String[] BRAND_ENDINGS = {"a", "o", "ex", "ix", "ia", "is", "on", "ra", "za", "vy", "io", "iq",
            "ara", "ena", "ova", "yl", "um", "ant", "ero", "ity"};

    final String[] brand;
    final String[] generic;
    final String[] area;
    final boolean[] branded;
    final double[] claimCost;
    /** Order of the drugs by (brand, generic) name: the Part D file lists a prescriber's drugs in that order. */
    final int[] nameOrder;
    private final double[] popularity;
    final boolean[] inCatalog;
    final int[] catalogNumber;
    final int catalogSize;

    Drugs(long seed, int count, int catalog) {
        brand = new String[count];
        generic = new String[count];
        area = new String[count];
        branded = new boolean[count];
        claimCost = new double[count];
        inCatalog = new boolean[count];
        catalogNumber = new int[count];
        Set<String> seen = new HashSet<>();
        Hash h = Hash.of(seed, 101, 0);
        for (int i = 0; i < count; i++) {
            Suffix s = SUFFIXES[h.nextInt(SUFFIXES.length)];
            String g;
            do {
                String stem = h.pick(ONSETS) + (h.chance(0.6) ? h.pick(MIDDLES) : "");
                g = cap(stem + s.suffix());
                if (h.chance(0.25)) {
                    g = g + " " + h.pick(SALTS);
                }
            } while (!seen.add(g.toLowerCase(Locale.ROOT)));
            generic[i] = g;
            area[i] = s.area();
            // the most prescribed drugs are mostly generics; brands grow more common down the list
            branded[i] = h.chance(0.12 + 0.45 * i / count);
            if (branded[i]) {
                String b;
                do {
                    b = cap(h.pick(ONSETS) + h.pick(MIDDLES) + h.pick(BRAND_ENDINGS));
                } while (!seen.add(b.toLowerCase(Locale.ROOT)));
                brand[i] = b;
                claimCost[i] = s.brandCost() * StrictMath.exp(0.6 * h.gaussian());
            } else {
                brand[i] = g;
                claimCost[i] = Math.max(4, s.brandCost() * 0.08 * StrictMath.exp(0.8 * h.gaussian()));
            }
        }
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = brand[a].compareTo(brand[b]);
            return c != 0 ? c : generic[a].compareTo(generic[b]);
        });
        nameOrder = new int[count];
        for (int i = 0; i < count; i++) {
            nameOrder[order[i]] = i;
        }
        double[] w = new double[count];
        for (int i = 0; i < count; i++) {
            w[i] = 1.0 / StrictMath.pow(i + 1, 1.05);
        }
        popularity = Hash.cumulative(w);
        // the catalog: branded drugs spread over the ranks (every n-th branded drug), numbered in rank order
        int brandedCount = 0;
        for (boolean b : branded) {
            brandedCount += b ? 1 : 0;
        }
        int every = Math.max(1, brandedCount / Math.max(1, catalog));
        int seenBranded = 0;
        int numbered = 0;
        for (int i = 0; i < count && numbered < catalog; i++) {
            if (branded[i] && seenBranded++ % every == 0) {
                inCatalog[i] = true;
                catalogNumber[i] = ++numbered;
            }
        }
        catalogSize = numbered;
    }

    int count() {
        return brand.length;
    }

    /** A drug index by popularity. */
    int pick(Hash h) {
        return h.weighted(popularity);
    }

    /** Our product id of a catalog drug: {@code PRD-N0001}. */
    String productId(int drug) {
        return "PRD-N" + Fmt.pad(catalogNumber[drug], 4);
    }

    /** A synthetic RxNorm concept id of a catalog drug (clear of the tiny market's real ones). */
    String rxcui(int drug) {
        return String.valueOf(9_000_000 + catalogNumber[drug] * 7);
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
