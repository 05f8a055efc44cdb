package org.kamgraph.analytics.whatif;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.market.MarketViews.CutOrganization;
import org.kamgraph.analytics.market.MarketViews.Gatekeeper;
import org.kamgraph.analytics.market.MarketViews.Route;
import org.kamgraph.analytics.market.SpendFlow;
import org.kamgraph.cypher.projection.Projection;

/** What a scenario does to market answers: a spend flow before and after, routes lost and gained. */
public final class MarketDeltas {
    private MarketDeltas() {
    }

    /**
     * The spend flow before and after (annual spend on the flow's basis): {@code gatekeepersBefore}/{@code After} are
     * the organizations ranked by the spend their removal cuts, as spendFlow ranks them; {@code minimumCutBefore}/
     * {@code After} the organizations on one minimum cut (where the flow can be cut, not who controls the most).
     */
    public record FlowDiff(double valueBefore, double valueAfter, double change, List<RankedGatekeeper> gatekeepersBefore,
                           List<RankedGatekeeper> gatekeepersAfter, List<CutOrganization> minimumCutBefore,
                           List<CutOrganization> minimumCutAfter, int gatekeeperCandidates) {
    }

    /** A gatekeeper with its place (1 = cuts the most) in its ranking. */
    public record RankedGatekeeper(int rank, NodeSummary node, double throughput, double cut, double share, double rerouted) {
        static List<RankedGatekeeper> of(List<Gatekeeper> ranked) {
            List<RankedGatekeeper> out = new ArrayList<>();
            for (Gatekeeper g : ranked) {
                out.add(new RankedGatekeeper(out.size() + 1, g.node(), g.throughput(), g.cut(), g.share(), g.rerouted()));
            }
            return out;
        }
    }

    /** Routes before and after; {@code lost}: routes (by their organizations) no longer found, {@code gained}: new ones. */
    public record RouteDiff(List<Route> before, List<Route> after, int lost, int gained) {
    }

    /**
     * The flow before and after on the same projection, each with its gatekeepers among {@code candidates}.
     * Organizations the scenario removes carry no flow after, so they are never ranked after.
     */
    public static FlowDiff flow(Projection p, SpendFlow.Outcome was, SpendFlow.Outcome now, int candidates) {
        return new FlowDiff(was.value(), now.value(), now.value() - was.value(),
                RankedGatekeeper.of(SpendFlow.gatekeepers(p, was, candidates)),
                RankedGatekeeper.of(SpendFlow.gatekeepers(p, now, candidates)), was.cut().organizations(),
                now.cut().organizations(), candidates);
    }

    /** Routes compared by the organizations they pass, in order (their spend may change without the route changing). */
    public static RouteDiff routes(List<Route> was, List<Route> now) {
        Set<String> a = new HashSet<>(was.stream().map(MarketDeltas::signature).toList());
        Set<String> b = new HashSet<>(now.stream().map(MarketDeltas::signature).toList());
        return new RouteDiff(was, now, (int) a.stream().filter(x -> !b.contains(x)).count(),
                (int) b.stream().filter(x -> !a.contains(x)).count());
    }

    /**
     * The vertices the scenario's listing changes for {@code product} block (an exclusion) or unblock (a listing), added
     * to {@code block} and {@code unblock}.
     */
    public static void listings(Projection p, Scenario scenario, String product, Set<Integer> block, Set<Integer> unblock) {
        for (Scenario.Change c : scenario.changes()) {
            if (c instanceof Scenario.ChangeListing l && l.product().equals(product)) {
                GraphEdits.vertex(p, l.listedBy()).ifPresent(v -> (l.excluded() ? block : unblock).add(v));
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
}
