package org.kamgraph.analytics.keyaccounts;

import java.util.Locale;

/** Amounts of money as the answers write them: $1.23B, $4.56M, $7.8k, $12; n/a when unknown. */
public final class Money {
    private Money() {
    }

    public static String format(Double amount) {
        if (amount == null) {
            return "n/a";
        }
        double a = amount;
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "$%.2fB", a / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "$%.2fM", a / 1e6);
        }
        if (a >= 1e3) {
            return String.format(Locale.ROOT, "$%.1fk", a / 1e3);
        }
        return String.format(Locale.ROOT, "$%.0f", a);
    }
}
