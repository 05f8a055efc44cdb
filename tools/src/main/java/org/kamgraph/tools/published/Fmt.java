package org.kamgraph.tools.published;

import java.time.LocalDate;

/** Small formatting helpers, cheaper than String.format on millions of rows. */
final class Fmt {
    private Fmt() {
    }

    /** {@code v} with leading zeros to {@code width} digits. */
    static String pad(long v, int width) {
        String s = Long.toString(v);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /** MM/DD/YYYY, as NPPES and Open Payments write dates. */
    static String usDate(LocalDate d) {
        return pad(d.getMonthValue(), 2) + "/" + pad(d.getDayOfMonth(), 2) + "/" + d.getYear();
    }
}
