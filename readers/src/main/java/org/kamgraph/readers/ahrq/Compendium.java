package org.kamgraph.readers.ahrq;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kamgraph.readers.Identities;

/** What the two AHRQ Compendium formats share: the release, the character set, ids and strict number parsing. */
final class Compendium {
    static final String DICTIONARY = "AHRQ Compendium of U.S. Health Systems, 2023 release (system file and hospital"
            + " linkage file, CSV, December 2024; system file updated September 2025); column names as in the"
            + " files' header rows and the compendium's technical documentation";

    /** AHRQ's CSV files are written by Windows tools (Windows-1252); an ASCII or Latin-1 file reads the same. */
    static final Charset CHARSET = Charset.forName("windows-1252");

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(20[0-9]{2})(?![0-9])");

    private Compendium() {
    }

    /** The Idn id of a compendium system: {@code AHRQ-HSI00000652}. */
    static String idnId(String healthSysId) {
        return Identities.systemId("ahrq", healthSysId);
    }

    /** A compendium file is as of the last day of the year its name carries ({@code chsp-compendium-2023.csv}). */
    static Optional<LocalDate> dateFromName(String fileName) {
        Matcher m = YEAR.matcher(fileName);
        return m.find() ? Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31)) : Optional.empty();
    }

    /** A whole number, or null when {@code text} is null; throws NumberFormatException when it is not one. */
    static Long count(String text) {
        if (text == null) {
            return null;
        }
        if (!text.matches("[0-9]{1,9}")) {
            throw new NumberFormatException(text);
        }
        return Long.parseLong(text);
    }

    /**
     * A CMS certification number as six characters: AHRQ's CSV keeps the leading zeros, but a file that went through
     * Excel has lost them ({@code 10001} for {@code 010001}); null when {@code text} is not a CCN.
     */
    static String ccn(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.matches("[0-9]{1,6}")) {
            return "0".repeat(6 - t.length()) + t;
        }
        return t.matches("[0-9]{2}[0-9A-Z][0-9]{3}") ? t : null;
    }
}
