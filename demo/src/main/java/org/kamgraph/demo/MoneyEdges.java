package org.kamgraph.demo;

/**
 * Writes the planned money ({@link MoneyPlan}) from the paying organization's scope: each relationship with its
 * amount and its per-product parts ({@code amount.<product id>}), which follow the product mix of the organization
 * the money pays for and add up to the amount exactly, to the cent (see {@link Mix#cents}); a product whose part
 * rounds to no cent is left out.
 */
final class MoneyEdges extends EdgeWriter {
    private final MoneyPlan plan;

    MoneyEdges(EdgeWriter shared, MoneyPlan plan) {
        super(shared);
        this.plan = plan;
    }

    void write(Org o) {
        for (MoneyPlan.Edge e : plan.from(o)) {
            long cents = (long) Math.floor(e.amount() * 100);
            amount(cents / 100.0);
            Mix mix = plan.mixFor(e);
            long[] parts = mix.cents(cents);
            for (int i = 0; i < parts.length; i++) {
                if (parts[i] > 0) {
                    row.part(mix.products[i], parts[i] / 100.0);
                }
            }
            out(e.kind(), e.from(), e.to(), e.vf(), e.vt(), SRC_CONTRACTS);
        }
    }
}
