package org.kamgraph.analytics.impact;

import java.util.Map;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.model.RelKind;

/**
 * One money relationship valid on the day asked: who pays ({@code from}, an element id), whom ({@code to}), its
 * annual {@code amount} (0 when none is stored) and its per-product parts ({@code amount.<product>}, by product id).
 */
public record MoneyLine(String from, String toElementId, NodeSummary to, RelKind type, double amount, Map<String, Double> parts) {
    public MoneyLine {
        parts = Map.copyOf(parts);
    }
}
