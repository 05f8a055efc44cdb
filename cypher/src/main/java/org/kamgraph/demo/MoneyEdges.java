package org.kamgraph.demo;

/**
 * Writes the planned money ({@link MoneyPlan}) from the paying organization's scope: each relationship with its
 * amount and its per-product parts ({@code amount.<product id>}), which follow the product mix of the organization
 * the money pays for and add up to at most the amount (each part is rounded down to the cent).
 */
final class MoneyEdges extends EdgeWriter {
    private final MoneyPlan plan;

    MoneyEdges(EdgeWriter shared, MoneyPlan plan) {
        super(shared);
        this.plan = plan;
    }

    void write(Org o) {
        for (MoneyPlan.Edge e : plan.from(o)) {
            double amount = Math.floor(e.amount() * 100) / 100;
            amount(amount);
            Mix mix = plan.mixFor(e);
            for (int i = 0; i < mix.products.length; i++) {
                double part = Math.floor(amount * mix.shares[i] * 100) / 100;
                if (part > 0) {
                    row.part(mix.products[i], part);
                }
            }
            out(e.kind(), e.from(), e.to(), e.vf(), e.vt(), SRC_CONTRACTS);
        }
    }
}
