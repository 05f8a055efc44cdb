package org.kamgraph.readers.formulary;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kamgraph.readers.Identities;

/**
 * What the Part D formulary formats share: the release's dictionary, pipe delimiter and character set, file dates,
 * the Payer id of a contract, the formulary alias, and the PDP regions (a PDP row names a region, not a state).
 */
final class PartD {
    static final String DICTIONARY = "CMS Prescription Drug Plan Formulary, Pharmacy Network, and Pricing Information"
            + " Files, record layout (SPUFRecordLayout) for contract year 2025, quarterly release (e.g."
            + " SPUF_2025_20250703.zip: plan information, basic drugs formulary and pharmacy networks files,"
            + " pipe-delimited with a header row)";

    /** The plan information file holds plan names in Windows-1252; the other files are ASCII, which reads the same. */
    static final Charset CHARSET = Charset.forName("windows-1252");

    /** The alias a Payer carries for each formulary its plans use: {@code cms-formulary:00025123}. */
    static final String FORMULARY_ALIAS = "cms-formulary:";

    /** The alias a Payer carries for its contract: {@code cms-contract:H4321}. */
    static final String CONTRACT_ALIAS = "cms-contract:";

    private static final Pattern QUARTER = Pattern.compile("PPUF_(20[0-9]{2})Q([1-4])", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY = Pattern.compile("(?<![0-9])(20[0-9]{2}[01][0-9][0-3][0-9])(?![0-9])");
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * The 34 PDP regions of the 50 states and DC (CMS's Part D region definitions; the release's geographic locator
     * file maps counties to them). Codes as the plan file writes them, two digits.
     */
    static final Map<String, List<String>> PDP_REGIONS = Map.ofEntries(
            Map.entry("01", List.of("NH", "ME")), Map.entry("02", List.of("CT", "MA", "RI", "VT")),
            Map.entry("03", List.of("NY")), Map.entry("04", List.of("NJ")),
            Map.entry("05", List.of("DC", "DE", "MD")), Map.entry("06", List.of("PA", "WV")),
            Map.entry("07", List.of("VA")), Map.entry("08", List.of("NC")), Map.entry("09", List.of("SC")),
            Map.entry("10", List.of("GA")), Map.entry("11", List.of("FL")), Map.entry("12", List.of("AL", "TN")),
            Map.entry("13", List.of("MI")), Map.entry("14", List.of("OH")), Map.entry("15", List.of("IN", "KY")),
            Map.entry("16", List.of("WI")), Map.entry("17", List.of("IL")), Map.entry("18", List.of("MO")),
            Map.entry("19", List.of("AR")), Map.entry("20", List.of("MS")), Map.entry("21", List.of("LA")),
            Map.entry("22", List.of("TX")), Map.entry("23", List.of("OK")), Map.entry("24", List.of("KS")),
            Map.entry("25", List.of("IA", "MN", "MT", "NE", "ND", "SD", "WY")), Map.entry("26", List.of("NM")),
            Map.entry("27", List.of("AZ")), Map.entry("28", List.of("NV")), Map.entry("29", List.of("OR", "WA")),
            Map.entry("30", List.of("ID", "UT")), Map.entry("31", List.of("CO")), Map.entry("32", List.of("CA")),
            Map.entry("33", List.of("HI")), Map.entry("34", List.of("AK")));

    private PartD() {
    }

    /** The Payer of a Part D contract: {@code CMS-H4321}. */
    static String payerId(String contractId) {
        return Identities.systemId("cms", contractId);
    }

    /**
     * A release file is as of the last day of the quarter in its name ({@code basic drugs formulary file
     * PPUF_2025Q2.txt} -> 2025-06-30), or of the day in it ({@code SPUF_2025_20250703} -> 2025-07-03).
     */
    static Optional<LocalDate> dateFromName(String fileName) {
        Matcher q = QUARTER.matcher(fileName);
        if (q.find()) {
            LocalDate start = LocalDate.of(Integer.parseInt(q.group(1)), 3 * Integer.parseInt(q.group(2)) - 2, 1);
            return Optional.of(start.plusMonths(3).minusDays(1));
        }
        Matcher d = DAY.matcher(fileName);
        while (d.find()) {
            try {
                return Optional.of(LocalDate.parse(d.group(1), YYYYMMDD));
            } catch (DateTimeParseException e) {
                // not a date; look further
            }
        }
        return Optional.empty();
    }

    /** A Y/N flag as published: true, false, null when absent; throws IllegalArgumentException otherwise. */
    static Boolean flag(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.toUpperCase(java.util.Locale.ROOT)) {
            case "Y" -> true;
            case "N" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }
}
