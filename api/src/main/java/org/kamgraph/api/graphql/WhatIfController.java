package org.kamgraph.api.graphql;

import org.kamgraph.analytics.paging.Cursors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kamgraph.analytics.whatif.Scenario;
import org.kamgraph.api.graphql.MarketInputs.FlowEndsInput;
import org.kamgraph.api.graphql.MarketInputs.PharmacyTargetInput;
import org.kamgraph.api.market.SpendFlows;
import org.kamgraph.api.whatif.ScenarioStore;
import org.kamgraph.api.whatif.WhatIf;
import org.kamgraph.cypher.BadInputException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** What-if scenarios over GraphQL: run (given or saved), save, list, delete. */
@Controller
public class WhatIfController {
    private final WhatIf whatIf;
    private final ScenarioStore store;

    public WhatIfController(WhatIf whatIf, ScenarioStore store) {
        this.whatIf = whatIf;
        this.store = store;
    }

    public record MergeInput(NodeRef keep, NodeRef absorb) {
    }

    public record NodePairInput(NodeRef from, NodeRef to) {
    }

    public record ReweightInput(NodeRef from, NodeRef to, Double weight) {
    }

    public record ListingChangeInput(NodeRef listedBy, String product, Boolean excluded) {
    }

    public record ScenarioChangeInput(NodeRef removeNode, MergeInput merge, NodePairInput removeRelationship,
                                      ReweightInput reweightRelationship, ListingChangeInput changeListing) {
    }

    public record ScenarioInput(List<ScenarioChangeInput> changes) {
    }

    public record WhatIfFlowInput(FlowEndsInput sources, FlowEndsInput sinks, String product, Integer gatekeeperCandidates) {
    }

    public record WhatIfRoutesInput(NodeRef from, PharmacyTargetInput to, Integer k, Integer maxHops) {
    }

    @QueryMapping
    public WhatIf.Result whatIf(@Argument ScenarioInput scenario, @Argument String saved, @Argument String decision,
                                @Argument NodeRef account, @Argument WhatIfFlowInput flow, @Argument WhatIfRoutesInput routes,
                                @Argument Integer top, @Argument LocalDate asOf) {
        if ((scenario == null) == (saved == null)) {
            throw new BadInputException("scenario", "give the scenario's changes or the name of a saved one (saved), not both");
        }
        if (decision != null && account != null) {
            throw new BadInputException("account", "give a decision or an account, not both");
        }
        if (decision == null && account == null && flow == null && routes == null) {
            throw new BadInputException("decision", "name something to compare: a decision, an account, a flow or routes");
        }
        Scenario s = scenario != null ? scenario(scenario) : store.get(Arguments.id(saved, "saved"), "saved").scenario();
        SpendFlows.Ends sources = null;
        SpendFlows.Ends sinks = null;
        if (flow != null) {
            sources = MarketInputs.ends(flow.sources(), "flow.sources");
            sinks = MarketInputs.ends(flow.sinks(), "flow.sinks");
        }
        WhatIf.Questions q = new WhatIf.Questions(decision == null ? null : Arguments.id(decision, "decision"),
                account == null ? null : account.kind(), account == null ? null : Arguments.id(account.id(), "account.id"),
                sources, sinks, flow == null ? null : flow.product(),
                MarketInputs.gatekeeperCandidates(flow == null ? null : flow.gatekeeperCandidates(), "flow.gatekeeperCandidates"),
                routes == null ? null : new Scenario.Ref(routes.from().kind(), Arguments.id(routes.from().id(), "routes.from.id")),
                routes == null ? null : routes.to().pharmacy(), routes == null ? null : routes.to().pharmacyType(),
                routes == null ? null : routes.to().region(),
                MarketInputs.routes(routes == null ? null : routes.k(), "routes.k"),
                MarketInputs.routeHops(routes == null ? null : routes.maxHops(), "routes.maxHops"),
                Arguments.range(top == null ? 10 : top, 1, Cursors.MAX_PAGE, "top"));
        return whatIf.run(s, q, Arguments.asOf(asOf));
    }

    @QueryMapping
    public List<ScenarioStore.Saved> scenarios() {
        return store.list();
    }

    @MutationMapping
    public ScenarioStore.Saved saveScenario(@Argument String name, @Argument ScenarioInput scenario) {
        return store.save(Arguments.id(name, "name"), scenario(scenario));
    }

    @MutationMapping
    public boolean deleteScenario(@Argument String name) {
        return store.delete(Arguments.id(name, "name"));
    }

    static Scenario scenario(ScenarioInput in) {
        if (in.changes() == null || in.changes().isEmpty()) {
            throw new BadInputException("scenario.changes", "name at least one change");
        }
        List<Scenario.Change> out = new ArrayList<>();
        for (int i = 0; i < in.changes().size(); i++) {
            ScenarioChangeInput c = in.changes().get(i);
            String at = "scenario.changes[" + i + "]";
            List<Scenario.Change> these = new ArrayList<>();
            if (c.removeNode() != null) {
                these.add(new Scenario.RemoveNode(ref(c.removeNode(), at)));
            }
            if (c.merge() != null) {
                these.add(new Scenario.Merge(ref(c.merge().keep(), at), ref(c.merge().absorb(), at)));
            }
            if (c.removeRelationship() != null) {
                these.add(new Scenario.RemoveRelationship(ref(c.removeRelationship().from(), at), ref(c.removeRelationship().to(), at)));
            }
            if (c.reweightRelationship() != null) {
                these.add(new Scenario.Reweight(ref(c.reweightRelationship().from(), at), ref(c.reweightRelationship().to(), at),
                        c.reweightRelationship().weight()));
            }
            if (c.changeListing() != null) {
                these.add(new Scenario.ChangeListing(ref(c.changeListing().listedBy(), at), Arguments.id(c.changeListing().product(), at + ".product"),
                        c.changeListing().excluded()));
            }
            if (these.size() != 1) {
                throw new BadInputException(at, "give exactly one change (removeNode, merge, removeRelationship, reweightRelationship or changeListing)");
            }
            out.addAll(these);
        }
        return new Scenario(out);
    }

    private static Scenario.Ref ref(NodeRef r, String at) {
        return new Scenario.Ref(r.kind(), Arguments.id(r.id(), at + ".id"));
    }
}
