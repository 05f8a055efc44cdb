package org.kamgraph.readers.openpayments;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The natures of payment Open Payments publishes ({@code Nature_of_Payment_or_Transfer_of_Value}, program years 2013 to
 * 2024) and the model's {@code nature} of RECEIVED_PAYMENT each maps to. A nature not listed maps to {@code other}.
 */
public final class Natures {
    /** The model's natures, in a fixed order (indexes are stored per aggregated payment). */
    static final List<String> MODEL = List.of("speaking", "consulting", "research", "education", "food_and_beverage",
            "travel", "grant", "royalty", "ownership", "other");

    /** Published nature (as CMS spells it) -> model nature. */
    public static final Map<String, String> PUBLISHED = Map.ofEntries(
            Map.entry("Compensation for services other than consulting, including serving as faculty or as a speaker"
                    + " at a venue other than a continuing education program", "speaking"),
            Map.entry("Compensation for serving as faculty or as a speaker for a medical education program", "speaking"),
            Map.entry("Compensation for serving as faculty or as a speaker for an accredited or certified continuing"
                    + " education program", "speaking"),
            Map.entry("Compensation for serving as faculty or as a speaker for a non-accredited and noncertified"
                    + " continuing education program", "speaking"),
            Map.entry("Compensation for serving as faculty or as a speaker for an unaccredited and noncertified"
                    + " continuing education program", "speaking"),
            Map.entry("Honoraria", "speaking"),
            Map.entry("Consulting Fee", "consulting"),
            Map.entry("Research", "research"),
            Map.entry("Education", "education"),
            Map.entry("Food and Beverage", "food_and_beverage"),
            Map.entry("Travel and Lodging", "travel"),
            Map.entry("Grant", "grant"),
            Map.entry("Royalty or License", "royalty"),
            Map.entry("Current or prospective ownership or investment interest", "ownership"),
            Map.entry("Gift", "other"),
            Map.entry("Entertainment", "other"),
            Map.entry("Charitable Contribution", "other"),
            Map.entry("Space rental or facility fees (teaching hospital only)", "other"),
            Map.entry("Long term medical supply or device loan", "other"),
            Map.entry("Debt forgiveness", "other"),
            Map.entry("Acquisitions", "other"));

    private static final Map<String, String> BY_KEY = PUBLISHED.entrySet().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(e -> key(e.getKey()), Map.Entry::getValue));

    private Natures() {
    }

    /** The model's nature of a published nature (ignoring case and blanks); {@code other} for one not listed. */
    public static String of(String published) {
        if (published == null) {
            return "other";
        }
        return BY_KEY.getOrDefault(key(published), "other");
    }

    static int index(String modelNature) {
        return MODEL.indexOf(modelNature);
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
