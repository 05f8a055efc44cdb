package org.kamgraph.algorithms.scoring;

/**
 * What is known about one account before scoring.
 *
 * @param key            the account's identity (e.g. {@code Idn:IDN-0001}); ties in score are broken by it
 * @param spend          annual prescribing spend in scope (not negative)
 * @param spendBefore    the same prescribers' spend on the earlier day, or null when none of them has history
 * @param spendNowOfThose the current spend of the prescribers who had history (like-for-like), or null with spendBefore
 * @param influenceShare share of the network's influence its people hold, in [0, 1]
 * @param access         listing quality of our products at its payers and committees in [0, 1], or null when none is known
 * @param coverage       share of its people's influence our team covers in [0, 1], or null when its people hold none
 */
public record AccountFacts(String key, double spend, Double spendBefore, Double spendNowOfThose, double influenceShare,
                           Double access, Double coverage) {
    public AccountFacts {
        if (!(spend >= 0) || !Double.isFinite(spend)) {
            throw new IllegalArgumentException(key + ": spend must be finite and not negative, was " + spend);
        }
        if (!(influenceShare >= 0 && influenceShare <= 1 + 1e-9)) {
            throw new IllegalArgumentException(key + ": influence share must be in [0, 1], was " + influenceShare);
        }
        if ((spendBefore == null) != (spendNowOfThose == null)) {
            throw new IllegalArgumentException(key + ": give both or neither of spendBefore and spendNowOfThose");
        }
    }

    /** Like-for-like growth rate, or null without history (or with an earlier spend of 0). */
    public Double growthRate() {
        return spendBefore == null || spendBefore <= 0 ? null : spendNowOfThose / spendBefore - 1;
    }
}
