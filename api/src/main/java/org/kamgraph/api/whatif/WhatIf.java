package org.kamgraph.api.whatif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.influence.InfluenceOptions;
import org.kamgraph.analytics.influence.InfluenceRanking;
import org.kamgraph.analytics.influence.InfluenceViews.CoverageGap;
import org.kamgraph.analytics.market.MarketViews.Route;
import org.kamgraph.analytics.market.SpendFlow;
import org.kamgraph.analytics.whatif.GraphEdits;
import org.kamgraph.analytics.whatif.InfluenceDeltas;
import org.kamgraph.analytics.whatif.InfluenceDeltas.GapDiff;
import org.kamgraph.analytics.whatif.InfluenceDeltas.InfluenceDiff;
import org.kamgraph.analytics.whatif.MarketDeltas;
import org.kamgraph.analytics.whatif.MarketDeltas.FlowDiff;
import org.kamgraph.analytics.whatif.MarketDeltas.RouteDiff;
import org.kamgraph.analytics.whatif.Scenario;
import org.kamgraph.analytics.whatif.ScenarioEffects;
import org.kamgraph.api.influence.CoverageGaps;
import org.kamgraph.api.influence.InfluenceService;
import org.kamgraph.api.influence.InfluenceService.Ranked;
import org.kamgraph.api.market.Pathways;
import org.kamgraph.api.market.SpendFlows;
import org.kamgraph.cypher.influence.InfluenceQueries;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.model.NodeKind;

/**
 * What if: the same questions on projections with a scenario applied (stored data untouched), before and after:
 * a decision's or account's influence ranking and coverage gaps, a spend flow and its gatekeepers, pathways.
 */
public final class WhatIf {
    private final InfluenceService influence;
    private final CoverageGaps gaps;
    private final SpendFlows flows;
    private final Pathways pathways;
    private final InfluenceQueries nodes;

    public WhatIf(InfluenceService influence, CoverageGaps gaps, SpendFlows flows, Pathways pathways, InfluenceQueries nodes) {
        this.influence = influence;
        this.gaps = gaps;
        this.flows = flows;
        this.pathways = pathways;
        this.nodes = nodes;
    }

    /** Which answers to compare: any of influence (decision or account), flow, routes. */
    public record Questions(String decision, NodeKind accountKind, String accountId, SpendFlows.Ends flowSources,
                            SpendFlows.Ends flowSinks, String flowProduct, int flowGatekeeperCandidates, Scenario.Ref routesFrom, String routesPharmacy,
                            String routesPharmacyType, String routesRegion, int routesK, int routesMaxHops, int top) {
    }

    public record Result(List<String> changes, List<ScenarioEffects.Warning> warnings, InfluenceDiff influence,
                         GapDiff<CoverageGap> coverageGaps, FlowDiff spendFlow, RouteDiff pathways) {
    }

    public Result run(Scenario scenario, Questions q, LocalDate asOf) {
        for (Scenario.Change c : scenario.changes()) {
            check(c);
        }
        InfluenceDiff influenceDiff = null;
        GapDiff<CoverageGap> gapDiff = null;
        List<ScenarioEffects.Warning> warnings = new ArrayList<>();
        if (q.decision() != null || q.accountId() != null) {
            Ranked before = q.decision() != null ? influence.rankDecision(q.decision(), 2, asOf)
                    : influence.rankAccount(q.accountKind(), q.accountId(), asOf);
            Projection p = before.ranking().projection();
            GraphEdits.Edited edited = GraphEdits.apply(p, influence.compactOf(p), scenario);
            InfluenceRanking after = new InfluenceRanking(p, edited.graph(), InfluenceDeltas.seeds(before.ranking().seeds(), edited),
                    InfluenceOptions.DEFAULTS);
            Ranked afterRanked = before.with(after);
            var asked = before.subject(); // the influence answer's summary of it: the same three fields
            NodeSummary subject = new NodeSummary(asked.id(), asked.kind(), asked.name());
            influenceDiff = InfluenceDeltas.ranking(p, subject, arrays(before), arrays(afterRanked), edited.gone(),
                    q.top());
            var thresholds = new CoverageGaps.Thresholds(q.top(), 0.3, 180);
            gapDiff = gapDiff(scenario, before, afterRanked, edited.gone(), thresholds);
            // The decision asked about, or each decision the account's ranking is seeded at.
            List<NodeSummary> decisions = q.decision() != null ? List.of(subject)
                    : before.seeds().stream().map(x -> x.node()).filter(n -> n.kind() == NodeKind.DECISION)
                    .map(n -> new NodeSummary(n.id(), n.kind(), n.name())).toList();
            for (NodeSummary d : decisions) {
                warnings.addAll(ScenarioEffects.dmuRolesLost(scenario, d, nodes.decisionDmu(d.id(), asOf)));
            }
        }
        FlowDiff flowDiff = null;
        if (q.flowSources() != null) {
            Projection p = flows.money(q.flowProduct(), asOf); // the product's money only, when one is named
            GraphEdits.Edited edited = GraphEdits.apply(p, flows.compact(p), scenario);
            Set<Integer> block = new HashSet<>(edited.gone());
            Set<Integer> unblock = new HashSet<>();
            MarketDeltas.listings(p, scenario, q.flowProduct(), block, unblock);
            SpendFlow.Outcome was = flows.compute(p, flows.compact(p), q.flowSources(), q.flowSinks(), q.flowProduct(), null,
                    Set.of(), Set.of(), true, asOf);
            SpendFlow.Outcome now = flows.compute(p, edited.graph(), q.flowSources(), q.flowSinks(), q.flowProduct(), null,
                    block, unblock, true, asOf);
            flowDiff = MarketDeltas.flow(p, was, now, q.flowGatekeeperCandidates());
        }
        RouteDiff routeDiff = null;
        if (q.routesFrom() != null) {
            Projection p = pathways.projection(Pathways.Ranking.SPEND, asOf);
            GraphEdits.Edited edited = GraphEdits.apply(p, pathways.compact(p), scenario);
            List<Route> was = pathways.routes(p, pathways.compact(p), q.routesFrom().kind(), q.routesFrom().id(), q.routesPharmacy(),
                    q.routesPharmacyType(), q.routesRegion(), q.routesK(), q.routesMaxHops(), Pathways.Ranking.SPEND, asOf);
            List<Route> now = pathways.routes(p, edited.graph(), q.routesFrom().kind(), q.routesFrom().id(), q.routesPharmacy(),
                    q.routesPharmacyType(), q.routesRegion(), q.routesK(), q.routesMaxHops(), Pathways.Ranking.SPEND, asOf);
            routeDiff = MarketDeltas.routes(was, now);
        }
        return new Result(scenario.changes().stream().map(Scenario.Change::describe).toList(), warnings, influenceDiff, gapDiff,
                flowDiff, routeDiff);
    }

    /**
     * Gaps among the top before and after, each person's coverage after seen through the scenario (a team member who
     * leaves takes their coverage along). A gap closes only for someone still there and now covered well.
     */
    private GapDiff<CoverageGap> gapDiff(Scenario scenario, Ranked before, Ranked after, Set<Integer> gone, CoverageGaps.Thresholds t) {
        Map<Integer, Integer> topBefore = InfluenceDeltas.top(arrays(before), t.influenceTop(), Set.of());
        Map<Integer, Integer> topAfter = InfluenceDeltas.top(arrays(after), t.influenceTop(), gone);
        Set<Integer> everyone = InfluenceDeltas.assessedAfter(topBefore, topAfter, gone);
        Set<Integer> beforeAndAfter = new LinkedHashSet<>(everyone);
        beforeAndAfter.addAll(topBefore.keySet());
        Map<Integer, CoverageGap> was = gaps.assess(before, beforeAndAfter, t, (person, coverage) -> coverage);
        Map<Integer, CoverageGap> now = gaps.assess(after, everyone, t,
                (person, coverage) -> ScenarioEffects.coverage(scenario, person.kind(), person.id(), coverage));
        return InfluenceDeltas.gaps(topBefore, topAfter, gone, was, now);
    }

    /** Every node a change names must exist (NOT_FOUND naming the change otherwise). */
    private void check(Scenario.Change c) {
        switch (c) {
            case Scenario.RemoveNode r -> nodes.node(r.node().kind(), r.node().id(), "removeNode");
            case Scenario.Merge m -> {
                nodes.node(m.keep().kind(), m.keep().id(), "merge.keep");
                nodes.node(m.absorb().kind(), m.absorb().id(), "merge.absorb");
            }
            case Scenario.RemoveRelationship r -> {
                nodes.node(r.from().kind(), r.from().id(), "removeRelationship.from");
                nodes.node(r.to().kind(), r.to().id(), "removeRelationship.to");
            }
            case Scenario.Reweight r -> {
                nodes.node(r.from().kind(), r.from().id(), "reweightRelationship.from");
                nodes.node(r.to().kind(), r.to().id(), "reweightRelationship.to");
            }
            case Scenario.ChangeListing l -> {
                nodes.node(l.listedBy().kind(), l.listedBy().id(), "changeListing.listedBy");
                nodes.node(NodeKind.PRODUCT, l.product(), "changeListing.product");
            }
        }
    }

    private static InfluenceDeltas.Ranking arrays(Ranked r) {
        InfluenceRanking ranking = r.ranking();
        return new InfluenceDeltas.Ranking(ranking.people(), ranking.rank(), ranking.scores());
    }
}
