package org.kamgraph.analytics.impact;

import java.util.Map;

/**
 * The part of a money relationship that pays for one product. STATED when the relationship carries
 * {@code amount.<product>}, or when its stated parts account for its whole amount (within a cent per part, their
 * rounding): then every product is stated and one it does not name is 0. Otherwise ESTIMATED: what its stated parts
 * leave of its amount, split over the products it does not break down in proportion to their share of prescribing
 * spend (PRESCRIBES amounts in the market on the day asked). A relationship without any part is thus split by market
 * share; one without an amount pays nothing.
 */
public final class ProductAmounts {
    private final Map<String, Double> prescribing;
    private final double totalPrescribing;

    /** @param prescribing each product's prescribing spend in the market (products without any may be absent) */
    public ProductAmounts(Map<String, Double> prescribing) {
        this.prescribing = Map.copyOf(prescribing);
        this.totalPrescribing = prescribing.values().stream().mapToDouble(v -> Math.max(0, v)).sum();
    }

    public record Part(double amount, boolean stated) {
    }

    public Part part(MoneyLine line, String product) {
        Double stated = line.parts().get(product);
        if (stated != null) {
            return new Part(stated, true);
        }
        double statedSum = 0;
        double statedShare = 0;
        for (Map.Entry<String, Double> e : line.parts().entrySet()) {
            statedSum += e.getValue();
            statedShare += Math.max(0, prescribing.getOrDefault(e.getKey(), 0.0));
        }
        if (!line.parts().isEmpty() && whole(line.amount(), statedSum, line.parts().size())) {
            return new Part(0, true);
        }
        double remainder = Math.max(0, line.amount() - statedSum);
        double unstatedShare = totalPrescribing - statedShare;
        double own = Math.max(0, prescribing.getOrDefault(product, 0.0));
        return new Part(unstatedShare <= 0 ? 0 : remainder * own / unstatedShare, false);
    }

    /** Whether {@code parts} parts adding up to {@code statedSum} leave at most a cent each of {@code amount} unstated. */
    static boolean whole(double amount, double statedSum, int parts) {
        return amount - statedSum <= 0.01 * parts + 1e-9 * Math.abs(amount);
    }

    /** The product's share of all prescribing spend (0 when there is none). */
    public double marketShare(String product) {
        return totalPrescribing <= 0 ? 0 : Math.max(0, prescribing.getOrDefault(product, 0.0)) / totalPrescribing;
    }
}
