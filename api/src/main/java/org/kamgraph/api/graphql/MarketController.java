package org.kamgraph.api.graphql;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kamgraph.api.market.FormularyImpacts;
import org.kamgraph.api.market.impact.ImpactViews.FormularyImpact;
import org.kamgraph.api.market.MarketViews.MoneyTrail;
import org.kamgraph.api.market.MarketViews.PathwayResult;
import org.kamgraph.api.market.MarketViews.SpendFlowResult;
import org.kamgraph.api.market.Pathways;
import org.kamgraph.api.market.SpendFlows;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.model.NodeKind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The market-access questions over GraphQL: pathways, spend flow, the money trail, formulary impact. */
@Controller
public class MarketController {
    static final int MAX_ROUTES = 50;
    static final int MAX_ROUTE_HOPS = 8;
    /** Most organizations evaluated as gatekeepers (one maximum flow each). */
    static final int MAX_GATEKEEPER_CANDIDATES = 100;
    private final Pathways pathways;
    private final SpendFlows flows;
    private final FormularyImpacts impacts;

    public MarketController(Pathways pathways, SpendFlows flows, FormularyImpacts impacts) {
        this.pathways = pathways;
        this.flows = flows;
        this.impacts = impacts;
    }

    public record PharmacyTargetInput(String pharmacy, String pharmacyType, String region) {
    }

    public record FlowEndsInput(List<NodeRef> nodes, List<NodeKind> kinds, String pharmacyType, String region) {
    }

    public record ListingInput(Integer tier, Boolean priorAuth, Boolean stepTherapy, Boolean excluded) {
    }

    @QueryMapping
    public PathwayResult pathways(@Argument NodeRef from, @Argument PharmacyTargetInput to, @Argument String product,
                                  @Argument String therapeuticArea, @Argument Integer k, @Argument Integer maxHops,
                                  @Argument Pathways.Ranking rankBy, @Argument Boolean accessibleOnly, @Argument LocalDate asOf) {
        if (from.kind() != NodeKind.PAYER && from.kind() != NodeKind.PBM && from.kind() != NodeKind.HEALTH_AUTHORITY) {
            throw new BadInputException("from", "routes start at a payer, PBM or health authority, not a " + from.kind().label());
        }
        return pathways.find(from.kind(), Arguments.id(from.id(), "from.id"), optional(to.pharmacy(), "to.pharmacy"),
                optional(to.pharmacyType(), "to.pharmacyType"), optional(to.region(), "to.region"), optional(product, "product"),
                optional(therapeuticArea, "therapeuticArea"), Arguments.range(k == null ? 5 : k, 1, MAX_ROUTES, "k"), Arguments.range(maxHops == null ? 5 : maxHops, 1, MAX_ROUTE_HOPS, "maxHops"),
                rankBy == null ? Pathways.Ranking.SPEND : rankBy, Boolean.TRUE.equals(accessibleOnly), Arguments.asOf(asOf));
    }

    @QueryMapping
    public SpendFlowResult spendFlow(@Argument FlowEndsInput sources, @Argument FlowEndsInput sinks, @Argument String product,
                                     @Argument String therapeuticArea, @Argument Boolean organizationCapacities,
                                     @Argument Integer gatekeeperCandidates, @Argument Integer first, @Argument LocalDate asOf) {
        return flows.flow(ends(sources, "sources"), ends(sinks, "sinks"), optional(product, "product"),
                optional(therapeuticArea, "therapeuticArea"), organizationCapacities == null || organizationCapacities,
                Arguments.range(gatekeeperCandidates == null ? 25 : gatekeeperCandidates, 1, MAX_GATEKEEPER_CANDIDATES,
                        "gatekeeperCandidates"),
                Arguments.pageSize(first == null ? 200 : first, "first"), Arguments.asOf(asOf));
    }

    @QueryMapping
    public MoneyTrail followTheMoney(@Argument NodeRef account, @Argument String product, @Argument String therapeuticArea,
                                     @Argument Integer first, @Argument Integer maxHops, @Argument LocalDate asOf) {
        return flows.trail(account.kind(), Arguments.id(account.id(), "account.id"), optional(product, "product"),
                optional(therapeuticArea, "therapeuticArea"), Arguments.range(first == null ? 10 : first, 1, 100, "first"),
                Arguments.asOf(asOf));
    }

    @QueryMapping
    public FormularyImpact formularyImpact(@Argument NodeRef listedBy, @Argument String product, @Argument ListingInput change,
                                           @Argument Integer first, @Argument LocalDate asOf) {
        if (change == null) {
            throw new BadInputException("change", "is required");
        }
        return impacts.assess(listedBy.kind(), Arguments.id(listedBy.id(), "listedBy.id"), Arguments.id(product, "product"),
                new FormularyImpacts.Change(change.tier() == null ? null : change.tier().longValue(), change.priorAuth(),
                        change.stepTherapy(), change.excluded()),
                Arguments.pageSize(first == null ? 50 : first, "first"), Arguments.asOf(asOf));
    }

    private static SpendFlows.Ends ends(FlowEndsInput in, String argument) {
        if (in == null) {
            throw new BadInputException(argument, "is required");
        }
        List<Map.Entry<NodeKind, String>> nodes = in.nodes() == null ? List.of()
                : in.nodes().stream().map(n -> Map.entry(n.kind(), Arguments.id(n.id(), argument + ".nodes.id"))).toList();
        return new SpendFlows.Ends(nodes, in.kinds(), optional(in.pharmacyType(), argument + ".pharmacyType"),
                optional(in.region(), argument + ".region"));
    }

    private static String optional(String value, String argument) {
        return value == null ? null : Arguments.id(value, argument);
    }
}
