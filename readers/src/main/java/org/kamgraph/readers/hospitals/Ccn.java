package org.kamgraph.readers.hospitals;

import java.util.Locale;
import java.util.regex.Pattern;

/** CMS Certification Numbers (CCN, the Medicare provider number): six characters, digits with a letter in some. */
final class Ccn {
    private static final Pattern CCN = Pattern.compile("[0-9A-Z]{6}");

    private Ccn() {
    }

    /** The CCN as written (upper case), or null when the value is not six letters or digits. */
    static String of(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        return CCN.matcher(v).matches() ? v : null;
    }
}
