package org.kamgraph.api.graphql;

import java.util.List;
import java.util.Map;
import org.kamgraph.api.market.SpendFlows;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.model.NodeKind;

/**
 * The market inputs the market questions and the what-if scenarios share (market.graphqls' PharmacyTarget and
 * FlowEnds), their limits and defaults, and their reading into the services' terms.
 */
public final class MarketInputs {
    static final int MAX_ROUTES = 50;
    static final int MAX_ROUTE_HOPS = 8;
    /** Most organizations evaluated as gatekeepers (one maximum flow each). */
    static final int MAX_GATEKEEPER_CANDIDATES = 100;
    static final int DEFAULT_ROUTES = 5;
    static final int DEFAULT_ROUTE_HOPS = 5;
    static final int DEFAULT_GATEKEEPER_CANDIDATES = 25;

    private MarketInputs() {
    }

    public record PharmacyTargetInput(String pharmacy, String pharmacyType, String region) {
    }

    public record FlowEndsInput(List<NodeRef> nodes, List<NodeKind> kinds, String pharmacyType, String region) {
    }

    /** k routes, 1 to {@link #MAX_ROUTES} (5 when not given). */
    static int routes(Integer k, String argument) {
        return Arguments.range(k == null ? DEFAULT_ROUTES : k, 1, MAX_ROUTES, argument);
    }

    /** Most hops of a route, 1 to {@link #MAX_ROUTE_HOPS} (5 when not given). */
    static int routeHops(Integer maxHops, String argument) {
        return Arguments.range(maxHops == null ? DEFAULT_ROUTE_HOPS : maxHops, 1, MAX_ROUTE_HOPS, argument);
    }

    /** Gatekeeper candidates, 1 to {@link #MAX_GATEKEEPER_CANDIDATES} (25 when not given). */
    static int gatekeeperCandidates(Integer candidates, String argument) {
        return Arguments.range(candidates == null ? DEFAULT_GATEKEEPER_CANDIDATES : candidates, 1, MAX_GATEKEEPER_CANDIDATES, argument);
    }

    /** One side of a flow; BAD_REQUEST naming {@code argument} when it is missing or an id is blank or too long. */
    static SpendFlows.Ends ends(FlowEndsInput in, String argument) {
        if (in == null) {
            throw new BadInputException(argument, "is required");
        }
        List<Map.Entry<NodeKind, String>> nodes = in.nodes() == null ? List.of()
                : in.nodes().stream().map(n -> Map.entry(n.kind(), Arguments.id(n.id(), argument + ".nodes.id"))).toList();
        return new SpendFlows.Ends(nodes, in.kinds(), optional(in.pharmacyType(), argument + ".pharmacyType"),
                optional(in.region(), argument + ".region"));
    }

    /** An optional id-like argument: null stays null, anything else must be a valid id. */
    static String optional(String value, String argument) {
        return value == null ? null : Arguments.id(value, argument);
    }
}
