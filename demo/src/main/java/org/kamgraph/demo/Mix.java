package org.kamgraph.demo;

import java.util.Arrays;

/**
 * A product mix: the share of an organization's drug money that pays for each product. A mix is complete: its
 * shares add up to 1, so a money relationship's per-product parts (its amount times the mix of the organization the
 * money pays for, see {@link #cents}) add up to its whole amount.
 */
final class Mix {
    static final Mix EMPTY = new Mix(new int[0], new double[0]);
    /**
     * Shares of an organization's own mix below this are dropped (and the rest renormalised): a product bought for
     * less than a thousandth of an organization's drug money is noise, and would only add a property to each row.
     */
    static final double MIN_SHARE = 0.001;

    /** Product seqs, in decreasing share. */
    final int[] products;
    final double[] shares;

    private Mix(int[] products, double[] shares) {
        this.products = products;
        this.shares = shares;
    }

    /** The share of money broken down by product: 1, or 0 for the empty mix. */
    double covered() {
        double s = 0;
        for (double x : shares) {
            s += x;
        }
        return s;
    }

    double share(int product) {
        for (int i = 0; i < products.length; i++) {
            if (products[i] == product) {
                return shares[i];
            }
        }
        return 0;
    }

    /**
     * Every product of positive weight whose share of the total weight is at least {@code minShare}, sharing all the
     * money in proportion to their weights (the dropped shares renormalised over the rest); in decreasing share, ties
     * to the lower product seq so that the result does not depend on iteration order.
     */
    static Mix complete(double[] weights, double minShare) {
        double total = 0;
        for (double w : weights) {
            total += Math.max(0, w);
        }
        if (!(total > 0)) {
            return EMPTY;
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> weights[a] != weights[b] ? Double.compare(weights[b], weights[a]) : Integer.compare(a, b));
        int n = 0;
        double kept = 0;
        while (n < order.length && weights[order[n]] > 0 && weights[order[n]] >= minShare * total) {
            kept += weights[order[n]];
            n++;
        }
        int[] products = new int[n];
        double[] shares = new double[n];
        for (int i = 0; i < n; i++) {
            products[i] = order[i];
            shares[i] = weights[order[i]] / kept;
        }
        return new Mix(products, shares);
    }

    /**
     * The exact mix of money spread over several mixes: {@code perProduct[p]} is the money paying for product p.
     * Nothing is dropped, so that each product's money is conserved through whoever pays it on.
     */
    static Mix aggregate(double[] perProduct) {
        return complete(perProduct, 0);
    }

    /** Adds {@code amount} times this mix to {@code perProduct}. */
    void addTo(double[] perProduct, double amount) {
        for (int i = 0; i < products.length; i++) {
            perProduct[products[i]] += amount * shares[i];
        }
    }

    /**
     * {@code amountCents} split over the products of this mix in whole cents that add up to it exactly: each product
     * gets its share rounded down, and the cents left go one each to the largest remainders (ties to the larger share).
     * Index i is {@code products[i]}'s part; an empty mix splits nothing.
     */
    long[] cents(long amountCents) {
        int n = products.length;
        long[] out = new long[n];
        if (n == 0 || amountCents <= 0) {
            return out;
        }
        double[] rest = new double[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            double exact = amountCents * shares[i];
            out[i] = (long) Math.floor(exact);
            rest[i] = exact - out[i];
            given += out[i];
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> rest[a] != rest[b] ? Double.compare(rest[b], rest[a]) : Integer.compare(a, b));
        for (long left = amountCents - given, k = 0; left > 0; left--, k++) {
            out[order[(int) (k % n)]]++;
        }
        // shares adding up to a hair over 1 could floor to a cent too many: take it back from the smallest remainders
        for (long over = given - amountCents, k = n - 1; over > 0; k = (k + n - 1) % n) {
            if (out[order[(int) k]] > 0) {
                out[order[(int) k]]--;
                over--;
            }
        }
        return out;
    }
}
