package org.kamgraph.model;

/**
 * National Provider Identifier: ten digits whose last is a Luhn check digit computed over the prefix
 * 80840 and the first nine digits (CMS, "Requirements for Check Digit", NPI final rule 2004).
 */
public final class Npi {
    private Npi() {
    }

    public static boolean isValid(String npi) {
        if (npi == null || npi.length() != 10 || !npi.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return checkDigit(npi.substring(0, 9)) == npi.charAt(9) - '0';
    }

    /** The check digit for the first nine digits of an NPI. */
    public static int checkDigit(String firstNine) {
        String digits = "80840" + firstNine;
        int sum = 0;
        boolean doubleIt = true; // rightmost payload digit is doubled, as the check digit will follow it
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }
}
