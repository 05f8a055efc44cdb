package org.kamgraph.tools.published;

/** National Provider Identifiers: 9 digits and a Luhn check digit computed with the ISO prefix 80840. */
final class Npi {
    private Npi() {
    }

    /** The NPI of a 9-digit identifier (100000000..999999999). */
    static long of(long base9) {
        if (base9 < 100_000_000L || base9 > 999_999_999L) {
            throw new IllegalArgumentException("not a 9-digit identifier: " + base9);
        }
        return base9 * 10 + check(base9);
    }

    /** The check digit: Luhn over the 9 digits (every second digit from the right doubled), plus 24 for 80840. */
    static int check(long base9) {
        int sum = 24;
        boolean dbl = true;
        for (long v = base9; v > 0; v /= 10) {
            int d = (int) (v % 10);
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return (10 - sum % 10) % 10;
    }

    /** Whether a 10-digit number is a valid NPI. */
    static boolean valid(long npi) {
        return npi >= 1_000_000_000L && npi <= 9_999_999_999L && check(npi / 10) == npi % 10;
    }
}
