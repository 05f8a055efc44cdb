package org.kamgraph.api.whatif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.api.history.ChangeReports.RankChange;
import org.kamgraph.api.influence.CoverageGaps;
import org.kamgraph.api.influence.InfluenceOptions;
import org.kamgraph.api.influence.InfluenceRanking;
import org.kamgraph.api.influence.InfluenceService;
import org.kamgraph.api.influence.InfluenceService.Ranked;
import org.kamgraph.api.influence.InfluenceViews.CoverageGap;
import org.kamgraph.api.influence.InfluenceViews.NodeSummary;
import org.kamgraph.api.market.MarketViews.CutOrganization;
import org.kamgraph.api.market.MarketViews.Route;
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
                            SpendFlows.Ends flowSinks, String flowProduct, Scenario.Ref routesFrom, String routesPharmacy,
                            String routesPharmacyType, String routesRegion, int routesK, int routesMaxHops, int top) {
    }

    public record InfluenceDiff(NodeSummary subject, List<RankChange> entered, List<RankChange> left, List<RankChange> moved,
                                List<NodeSummary> removed) {
    }

    public record GapDiff(List<CoverageGap> opened, List<CoverageGap> closed) {
    }

    public record FlowDiff(double valueBefore, double valueAfter, double change, List<CutOrganization> gatekeepersBefore,
                           List<CutOrganization> gatekeepersAfter) {
    }

    public record RouteDiff(List<Route> before, List<Route> after, int lost, int gained) {
    }

    public record Result(List<String> changes, InfluenceDiff influence, GapDiff coverageGaps, FlowDiff spendFlow,
                         RouteDiff pathways) {
    }

    public Result run(Scenario scenario, Questions q, LocalDate asOf) {
        for (Scenario.Change c : scenario.changes()) {
            check(c);
        }
        InfluenceDiff influenceDiff = null;
        GapDiff gapDiff = null;
        if (q.decision() != null || q.accountId() != null) {
            Ranked before = q.decision() != null ? influence.rankDecision(q.decision(), 2, asOf)
                    : influence.rankAccount(q.accountKind(), q.accountId(), asOf);
            Projection p = before.ranking().projection();
            GraphEdits.Edited edited = GraphEdits.apply(p, influence.compactOf(p), scenario);
            Set<Integer> seeds = new HashSet<>();
            for (int s : before.ranking().seeds()) {
                if (!edited.gone().contains(s) || edited.mergedInto().containsKey(s)) {
                    seeds.add(edited.map(s));
                }
            }
            InfluenceRanking after = new InfluenceRanking(p, edited.graph(), seeds.stream().mapToInt(Integer::intValue).toArray(),
                    InfluenceOptions.DEFAULTS);
            Ranked afterRanked = before.with(after);
            influenceDiff = diff(before, afterRanked, edited.gone(), q.top());
            var thresholds = new CoverageGaps.Thresholds(q.top(), 0.3, 180);
            List<CoverageGap> was = gaps.gaps(before, thresholds);
            List<CoverageGap> now = gaps.gaps(afterRanked, thresholds).stream()
                    .filter(g -> p.vertex(g.person().kind(), g.person().id()).stream().noneMatch(edited.gone()::contains)).toList();
            Set<String> wasIds = new HashSet<>(was.stream().map(g -> g.person().id()).toList());
            Set<String> nowIds = new HashSet<>(now.stream().map(g -> g.person().id()).toList());
            gapDiff = new GapDiff(now.stream().filter(g -> !wasIds.contains(g.person().id())).toList(),
                    was.stream().filter(g -> !nowIds.contains(g.person().id())).toList());
        }
        FlowDiff flowDiff = null;
        if (q.flowSources() != null) {
            Projection p = flows.money(q.flowProduct(), asOf); // the product's money only, when one is named
            GraphEdits.Edited edited = GraphEdits.apply(p, flows.compact(p), scenario);
            Set<Integer> block = new HashSet<>(edited.gone());
            Set<Integer> unblock = new HashSet<>();
            for (Scenario.Change c : scenario.changes()) {
                if (c instanceof Scenario.ChangeListing l && l.product().equals(q.flowProduct())) {
                    GraphEdits.vertex(p, l.listedBy()).ifPresent(v -> (l.excluded() ? block : unblock).add(v));
                }
            }
            SpendFlows.Outcome was = flows.compute(p, flows.compact(p), q.flowSources(), q.flowSinks(), q.flowProduct(), null,
                    Set.of(), Set.of(), true, asOf);
            SpendFlows.Outcome now = flows.compute(p, edited.graph(), q.flowSources(), q.flowSinks(), q.flowProduct(), null,
                    block, unblock, true, asOf);
            flowDiff = new FlowDiff(was.value(), now.value(), now.value() - was.value(), was.cut().organizations(),
                    now.cut().organizations());
        }
        RouteDiff routeDiff = null;
        if (q.routesFrom() != null) {
            Projection p = pathways.projection(Pathways.Ranking.SPEND, asOf);
            GraphEdits.Edited edited = GraphEdits.apply(p, pathways.compact(p), scenario);
            List<Route> was = pathways.routes(p, pathways.compact(p), q.routesFrom().kind(), q.routesFrom().id(), q.routesPharmacy(),
                    q.routesPharmacyType(), q.routesRegion(), q.routesK(), q.routesMaxHops(), Pathways.Ranking.SPEND, asOf);
            List<Route> now = pathways.routes(p, edited.graph(), q.routesFrom().kind(), q.routesFrom().id(), q.routesPharmacy(),
                    q.routesPharmacyType(), q.routesRegion(), q.routesK(), q.routesMaxHops(), Pathways.Ranking.SPEND, asOf);
            Set<String> a = new HashSet<>(was.stream().map(WhatIf::signature).toList());
            Set<String> b = new HashSet<>(now.stream().map(WhatIf::signature).toList());
            routeDiff = new RouteDiff(was, now, (int) a.stream().filter(x -> !b.contains(x)).count(),
                    (int) b.stream().filter(x -> !a.contains(x)).count());
        }
        return new Result(scenario.changes().stream().map(Scenario.Change::describe).toList(), influenceDiff, gapDiff, flowDiff, routeDiff);
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

    private static String signature(Route r) {
        StringBuilder sb = new StringBuilder();
        r.hops().forEach(h -> sb.append(h.from().id()).append('>'));
        if (!r.hops().isEmpty()) {
            sb.append(r.hops().getLast().to().id());
        }
        return sb.toString();
    }

    private static InfluenceDiff diff(Ranked before, Ranked after, Set<Integer> gone, int top) {
        Projection p = before.ranking().projection();
        Map<Integer, Integer> was = top(before.ranking(), top, Set.of());
        Map<Integer, Integer> now = top(after.ranking(), top, gone);
        List<RankChange> entered = new ArrayList<>();
        List<RankChange> moved = new ArrayList<>();
        List<RankChange> left = new ArrayList<>();
        List<NodeSummary> removed = new ArrayList<>();
        for (var e : now.entrySet()) {
            int v = e.getKey();
            Integer b = was.get(v);
            if (b == null) {
                entered.add(change(p, v, before.ranking(), after.ranking(), null));
            } else if (!b.equals(e.getValue())) {
                moved.add(change(p, v, before.ranking(), after.ranking(), b));
            }
        }
        for (var e : was.entrySet()) {
            int v = e.getKey();
            if (gone.contains(v)) {
                removed.add(new NodeSummary(p.id(v), p.kind(v), p.name(v)));
            } else if (!now.containsKey(v)) {
                left.add(change(p, v, before.ranking(), after.ranking(), e.getValue()));
            }
        }
        return new InfluenceDiff(before.subject(), entered, left, moved, removed);
    }

    /** Top people (vertex to rank among the remaining people), skipping {@code gone}. */
    private static Map<Integer, Integer> top(InfluenceRanking r, int top, Set<Integer> gone) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        int rank = 0;
        for (int v : r.people()) {
            if (gone.contains(v)) {
                continue;
            }
            if (++rank > top) {
                break;
            }
            out.put(v, rank);
        }
        return out;
    }

    private static RankChange change(Projection p, int v, InfluenceRanking before, InfluenceRanking after, Integer rankBefore) {
        Integer rb = rankBefore != null ? rankBefore : before.rank()[v] == 0 ? null : before.rank()[v];
        return new RankChange(new NodeSummary(p.id(v), p.kind(v), p.name(v)), rb, after.rank()[v] == 0 ? null : after.rank()[v],
                before.scores()[v], after.scores()[v]);
    }
}
