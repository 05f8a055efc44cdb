package org.kamgraph.demo;

import java.util.Arrays;

/**
 * A product mix: the share of an organization's drug money that pays for each of a few products; the rest (up to 1)
 * pays for products not broken down (other drugs). A money relationship's per-product parts are its amount times the
 * mix of the organization the money pays for.
 */
final class Mix {
    static final Mix EMPTY = new Mix(new int[0], new double[0]);

    /** Product seqs, in decreasing share. */
    final int[] products;
    final double[] shares;

    private Mix(int[] products, double[] shares) {
        this.products = products;
        this.shares = shares;
    }

    /** The share of money broken down by product. */
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
     * The {@code k} products of largest (positive) weight, sharing {@code covered} of the money in proportion to
     * their weights; ties go to the lower product seq so that the result does not depend on iteration order.
     */
    static Mix top(double[] weights, int k, double covered) {
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> weights[a] != weights[b] ? Double.compare(weights[b], weights[a]) : Integer.compare(a, b));
        int n = 0;
        double sum = 0;
        while (n < Math.min(k, order.length) && weights[order[n]] > 0) {
            sum += weights[order[n]];
            n++;
        }
        if (n == 0) {
            return EMPTY;
        }
        int[] products = new int[n];
        double[] shares = new double[n];
        for (int i = 0; i < n; i++) {
            products[i] = order[i];
            shares[i] = covered * weights[order[i]] / sum;
        }
        return new Mix(products, shares);
    }

    /** The exact mix of money spread over several mixes: {@code perProduct[p]} is the money paying for product p of {@code total}. */
    static Mix aggregate(double[] perProduct, double total) {
        if (!(total > 0)) {
            return EMPTY;
        }
        double[] w = new double[perProduct.length];
        double covered = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.max(0, perProduct[i]);
            covered += w[i];
        }
        return covered > 0 ? top(w, w.length, Math.min(1.0, covered / total)) : EMPTY;
    }

    /** Adds {@code amount} times this mix to {@code perProduct}. */
    void addTo(double[] perProduct, double amount) {
        for (int i = 0; i < products.length; i++) {
            perProduct[products[i]] += amount * shares[i];
        }
    }
}
