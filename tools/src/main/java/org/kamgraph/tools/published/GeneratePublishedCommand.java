package org.kamgraph.tools.published;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code generate-published}: writes a file of national size in a published format, streaming to disk, with valid
 * NPIs (Luhn) and realistic value distributions; every file generated with one {@code --seed} and {@code --universe}
 * refers to the same providers and drugs. See docs/PERFORMANCE.md ("Published formats at national size").
 *
 * <pre>
 * generate-published --format=NAME --rows=N --out=FILE [--seed=42] [--universe=7000000]
 *                    [--layout=docgraph|hop-teaming] [--header=yes|no] [--drugs=3000] [--catalog=300] [--quiet]
 * </pre>
 * Formats: {@code nppes} (--rows up to --universe), {@code partd-prescribers}, {@code shared-patients},
 * {@code open-payments-general} (program year 2024), {@code product-catalog} (our Product.csv for the generated
 * drugs; --rows is ignored), {@code veeva-product} (the same catalog as a Veeva CRM Product_vod__c export, what the
 * veeva-product reader reads, so that a run of published files needs no file of our own; --rows is ignored), {@code clinicians-csv} (the universe's clinicians as our Clinician.csv, what the NPPES
 * reader would write; --rows is ignored). A file name ending in .gz is gzipped.
 */
public final class GeneratePublishedCommand {
    static final String USAGE = "usage: generate-published --format=nppes|partd-prescribers|shared-patients|open-payments-general|product-catalog|veeva-product|clinicians-csv"
            + " --rows=N --out=FILE [--seed=42] [--universe=7000000] [--layout=docgraph|hop-teaming] [--header=yes|no]"
            + " [--drugs=3000] [--catalog=300] [--quiet]";

    private GeneratePublishedCommand() {
    }

    /** The options of one run. */
    record Options(String format, long rows, Path out, long seed, long universe, String layout, Boolean header,
            int drugs, int catalog, boolean quiet) {

        static Options parse(String[] args) {
            String format = null;
            long rows = -1;
            Path out = null;
            long seed = 42;
            long universe = Universe.DEFAULT_NPPES_ROWS;
            String layout = SharedPatientsFile.DOCGRAPH;
            Boolean header = null;
            int drugs = Drugs.DEFAULT_COUNT;
            int catalog = Drugs.DEFAULT_CATALOG;
            boolean quiet = false;
            for (String a : args) {
                String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : "";
                switch (a.contains("=") ? a.substring(0, a.indexOf('=')) : a) {
                    case "--format" -> format = v.toLowerCase(Locale.ROOT);
                    case "--rows" -> rows = count(v, "--rows");
                    case "--out" -> out = Path.of(v);
                    case "--seed" -> seed = Long.parseLong(v);
                    case "--universe" -> universe = count(v, "--universe");
                    case "--layout" -> layout = v.toLowerCase(Locale.ROOT);
                    case "--header" -> header = switch (v.toLowerCase(Locale.ROOT)) {
                        case "yes", "true" -> true;
                        case "no", "false" -> false;
                        default -> throw new IllegalArgumentException("--header is yes or no");
                    };
                    case "--drugs" -> drugs = (int) count(v, "--drugs");
                    case "--catalog" -> catalog = (int) count(v, "--catalog");
                    case "--quiet" -> quiet = true;
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (format == null) {
                throw new IllegalArgumentException("give --format");
            }
            if (out == null) {
                throw new IllegalArgumentException("give --out=FILE");
            }
            if (rows < 0 && !format.equals("product-catalog") && !format.equals("veeva-product") && !format.equals("clinicians-csv")) {
                throw new IllegalArgumentException("give --rows=N");
            }
            if (!layout.equals(SharedPatientsFile.DOCGRAPH) && !layout.equals(SharedPatientsFile.HOP_TEAMING)) {
                throw new IllegalArgumentException("--layout is docgraph or hop-teaming");
            }
            return new Options(format, rows, out, seed, universe, layout, header, drugs, catalog, quiet);
        }

        /** A count: digits with optional _ or , separators, or a suffix k/M (25M = 25,000,000). */
        static long count(String v, String option) {
            String s = v.strip().replace("_", "").replace(",", "");
            long mult = 1;
            if (s.endsWith("k") || s.endsWith("K")) {
                mult = 1_000;
                s = s.substring(0, s.length() - 1);
            } else if (s.endsWith("m") || s.endsWith("M")) {
                mult = 1_000_000;
                s = s.substring(0, s.length() - 1);
            }
            try {
                long n = Long.parseLong(s) * mult;
                if (n < 0) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " must be a whole number (e.g. 25000000 or 25M): " + v);
            }
        }
    }

    public static int run(String[] args) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("generate-published: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        try {
            long[] result = generate(o);
            System.err.printf("generate-published: %s: %,d rows, %,d bytes in %s (%.1f s)%n", o.format(), result[0],
                    Files.size(o.out()), o.out(), result[1] / 1000.0);
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("generate-published: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("generate-published: cannot write " + o.out() + ": " + e.getMessage());
            return 1;
        }
    }

    /** Writes the file; returns {rows, milliseconds}. */
    static long[] generate(Options o) throws IOException {
        Universe u = new Universe(o.seed(), o.universe());
        Progress progress = new Progress(o.format(), Math.max(1, o.rows()), o.quiet());
        long rows = switch (o.format()) {
            case "nppes" -> {
                if (o.rows() > o.universe()) {
                    throw new IllegalArgumentException("--rows for nppes is at most --universe (" + o.universe() + ")");
                }
                yield NppesFile.write(u, o.rows(), o.out(), progress);
            }
            case "partd-prescribers" -> PartDFile.write(u, new Drugs(o.seed(), o.drugs(), o.catalog()), o.rows(), o.out(), progress);
            case "shared-patients" -> {
                boolean hop = o.layout().equals(SharedPatientsFile.HOP_TEAMING);
                String[] header = hop ? SharedPatientsFile.HOP_TEAMING_HEADER : SharedPatientsFile.DOCGRAPH_HEADER;
                // as published: the CMS/DocGraph files have no header row, the Hop Teaming files have one
                boolean withHeader = o.header() != null ? o.header() : hop;
                yield SharedPatientsFile.write(u, o.rows(), o.layout(), withHeader ? header : null, o.out(), progress);
            }
            case "open-payments-general" -> OpenPaymentsFile.write(u, new Drugs(o.seed(), o.drugs(), o.catalog()), o.rows(),
                    2024, o.out(), progress);
            case "clinicians-csv" -> CliniciansFile.write(u, o.out(), progress);
            case "product-catalog" -> CatalogFile.write(new Drugs(o.seed(), o.drugs(), o.catalog()), o.out());
            case "veeva-product" -> VeevaProductFile.write(new Drugs(o.seed(), o.drugs(), o.catalog()), o.out());
            default -> throw new IllegalArgumentException("unknown format " + o.format()
                    + " (nppes, partd-prescribers, shared-patients, open-payments-general, product-catalog, veeva-product,"
                    + " clinicians-csv)");
        };
        return new long[] {rows, Math.round(progress.seconds() * 1000)};
    }
}
