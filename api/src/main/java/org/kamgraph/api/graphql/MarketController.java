package org.kamgraph.api.graphql;

import org.kamgraph.analytics.paging.Cursors;

import static org.kamgraph.api.graphql.MarketInputs.ends;
import static org.kamgraph.api.graphql.MarketInputs.gatekeeperCandidates;
import static org.kamgraph.api.graphql.MarketInputs.optional;
import static org.kamgraph.api.graphql.MarketInputs.routeHops;
import static org.kamgraph.api.graphql.MarketInputs.routes;

import java.time.LocalDate;
import org.kamgraph.analytics.impact.ImpactViews.FormularyImpact;
import org.kamgraph.analytics.impact.ListingChange;
import org.kamgraph.analytics.market.MarketViews.MoneyTrail;
import org.kamgraph.analytics.market.MarketViews.PathwayResult;
import org.kamgraph.analytics.market.MarketViews.SpendFlowResult;
import org.kamgraph.api.graphql.MarketInputs.FlowEndsInput;
import org.kamgraph.api.graphql.MarketInputs.PharmacyTargetInput;
import org.kamgraph.api.market.FormularyImpacts;
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
    private final Pathways pathways;
    private final SpendFlows flows;
    private final FormularyImpacts impacts;

    public MarketController(Pathways pathways, SpendFlows flows, FormularyImpacts impacts) {
        this.pathways = pathways;
        this.flows = flows;
        this.impacts = impacts;
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
                optional(therapeuticArea, "therapeuticArea"), routes(k, "k"), routeHops(maxHops, "maxHops"),
                rankBy == null ? Pathways.Ranking.SPEND : rankBy, Boolean.TRUE.equals(accessibleOnly), Arguments.asOf(asOf));
    }

    @QueryMapping
    public SpendFlowResult spendFlow(@Argument FlowEndsInput sources, @Argument FlowEndsInput sinks, @Argument String product,
                                     @Argument String therapeuticArea, @Argument Boolean organizationCapacities,
                                     @Argument Integer gatekeeperCandidates, @Argument Integer first, @Argument LocalDate asOf) {
        return flows.flow(ends(sources, "sources"), ends(sinks, "sinks"), optional(product, "product"),
                optional(therapeuticArea, "therapeuticArea"), organizationCapacities == null || organizationCapacities,
                gatekeeperCandidates(gatekeeperCandidates, "gatekeeperCandidates"),
                Cursors.pageSize(first == null ? 200 : first, "first"), Arguments.asOf(asOf));
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
                new ListingChange(change.tier() == null ? null : change.tier().longValue(), change.priorAuth(),
                        change.stepTherapy(), change.excluded()),
                Cursors.pageSize(first == null ? 50 : first, "first"), Arguments.asOf(asOf));
    }
}
