package org.kamgraph.cypher.market;

import java.time.LocalDate;
import java.util.Set;
import org.kamgraph.cypher.projection.Orientation;
import org.kamgraph.cypher.projection.ProjectionSpec;
import org.kamgraph.cypher.projection.Scope;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/**
 * The projections behind the market-access questions: money and access between organizations, as stored. Money
 * relationships point the way money moves (authority -> payer -> PBM -> pharmacy, payer -> provider, provider and
 * pharmacy -> wholesaler); goods (SUPPLIES) move against the money and are never part of a money projection.
 */
public final class MarketProjections {
    /** The organizations money and access pass through. */
    public static final Set<NodeKind> MARKET = Set.of(NodeKind.HEALTH_AUTHORITY, NodeKind.PAYER, NodeKind.PBM, NodeKind.IDN,
            NodeKind.ACO, NodeKind.HOSPITAL, NodeKind.CLINIC, NodeKind.WHOLESALER, NodeKind.PHARMACY);
    /** Relationships that carry money (an annual amount paid, in the direction it is paid). */
    public static final Set<RelKind> MONEY = Set.of(RelKind.FUNDS, RelKind.REIMBURSES, RelKind.CONTRACTS_WITH);
    /** Money plus network access (IN_NETWORK has no amount): the relationships routes by length follow. */
    public static final Set<RelKind> ROUTES = Set.of(RelKind.FUNDS, RelKind.REIMBURSES, RelKind.CONTRACTS_WITH, RelKind.IN_NETWORK);
    /** The whole annual amount of a money relationship. */
    public static final String TOTAL_AMOUNT = "amount";
    /**
     * The weight of a route hop whose spend is not known (IN_NETWORK, or an amount missing): it does not limit a
     * route's spend. Shown as no amount.
     */
    public static final double UNKNOWN_SPEND = Double.MAX_VALUE;

    private MarketProjections() {
    }

    /** Money edges weighted by amount; a relationship without an amount carries nothing. */
    public static ProjectionSpec money(LocalDate asOf) {
        return money(TOTAL_AMOUNT, asOf);
    }

    /**
     * Money edges weighted by {@code amountProperty}: {@code amount}, or one product's part {@code amount.<product id>}
     * ({@link RelKind#productAmount}); a relationship without it carries none of that money.
     */
    public static ProjectionSpec money(String amountProperty, LocalDate asOf) {
        return new ProjectionSpec(new Scope.WholeGraph(), MARKET, MONEY, Orientation.NATURAL, amountProperty, 0.0, asOf);
    }

    /** Money and access edges weighted by amount; unknown amounts do not limit a route ({@link #UNKNOWN_SPEND}). */
    public static ProjectionSpec routes(LocalDate asOf) {
        return new ProjectionSpec(new Scope.WholeGraph(), MARKET, ROUTES, Orientation.NATURAL, "amount", UNKNOWN_SPEND, asOf);
    }
}
