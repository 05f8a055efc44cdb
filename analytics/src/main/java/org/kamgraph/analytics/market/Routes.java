package org.kamgraph.analytics.market;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.flow.FlowRoutes;
import org.kamgraph.algorithms.paths.ArcPath;
import org.kamgraph.algorithms.paths.HopBoundedPaths;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.market.MarketViews.Listing;
import org.kamgraph.analytics.market.MarketViews.Route;
import org.kamgraph.analytics.market.MarketViews.RouteHop;
import org.kamgraph.cypher.market.MarketQueries;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.model.RelKind;

/**
 * Payer-to-pharmacy routes, found two ways and told as hops. SPEND: the maximum flow from the payer to the target
 * pharmacies decomposed into paths ({@link FlowRoutes}), largest first, so that the routes add up to at most that flow.
 * LENGTH: the k shortest routes by hop count (Yen's scheme, {@link HopBoundedPaths}), which carry no spend. The
 * stored amounts and listings of the organizations on the routes are the caller's (read from the store).
 */
public final class Routes {
    /** With blocked organizations left out of LENGTH routes, this many times k are asked for (at most {@link #MAX_SPARES}). */
    static final int SPARES = 4;
    static final int MAX_SPARES = 200;

    private Routes() {
    }

    /** A route found: its vertices and, ranked by spend, the flow it carries (null by length). */
    public record Found(int[] vertices, Double value) {
    }

    /** The routes found by spend and the flow they decompose. */
    public record BySpend(double flow, List<Found> routes) {
    }

    /** The largest flow paths from {@code source} to {@code targets} on {@code g}, none through {@code avoid}. */
    public static BySpend bySpend(CompactGraph g, int source, List<Integer> targets, Set<Integer> avoid, int k, int maxHops) {
        FlowRoutes.Decomposition d = FlowRoutes.decompose(g, source, targets, avoid, k, maxHops);
        return new BySpend(d.value(), d.paths().stream().map(x -> new Found(x.vertices(), x.value())).toList());
    }

    /** The k shortest routes by hops of at least one hop, those through a blocked organization left out (spares are asked for). */
    public static List<Found> byLength(HopBoundedPaths search, int source, List<Integer> targets, int k, int maxHops,
                                       Set<Integer> blocked) {
        int wanted = blocked.isEmpty() ? k : Math.min(k * SPARES, MAX_SPARES);
        List<Found> kept = new ArrayList<>();
        for (ArcPath path : search.shortest(List.of(source), targets, wanted, maxHops)) {
            if (kept.size() < k && path.hops() > 0 && !touches(path.vertices(), blocked)) {
                kept.add(new Found(path.vertices(), null));
            }
        }
        return kept;
    }

    /** What leaves vertex {@code v} of a money graph: the sum of its arcs' amounts. */
    public static double outgoing(CompactGraph g, int v) {
        double out = 0;
        for (int a = g.outStart(v); a < g.outEnd(v); a++) {
            out += g.outWeights()[a];
        }
        return out;
    }

    /** The consecutive pairs of organizations (element ids) the routes pass: the hops whose amounts are read. */
    public static List<Map.Entry<String, String>> hops(Projection p, List<Found> routes) {
        Set<Map.Entry<String, String>> pairs = new LinkedHashSet<>();
        for (Found path : routes) {
            int[] vs = path.vertices();
            for (int i = 0; i + 1 < vs.length; i++) {
                pairs.add(new AbstractMap.SimpleImmutableEntry<>(p.elementId(vs[i]), p.elementId(vs[i + 1])));
            }
        }
        return new ArrayList<>(pairs);
    }

    /** The organizations (element ids) on the routes: whose listings are read. */
    public static List<String> organizations(Projection p, List<Found> routes) {
        Set<String> orgs = new LinkedHashSet<>();
        for (Found path : routes) {
            for (int v : path.vertices()) {
                orgs.add(p.elementId(v));
            }
        }
        return new ArrayList<>(orgs);
    }

    /**
     * The routes told as hops: {@code amounts} by "from element id|to element id", {@code listings} (the product's
     * formulary positions) by organization element id; a route is accessible when it passes no blocked organization.
     */
    public static List<Route> told(Projection p, List<Found> routes, Map<String, List<MarketQueries.HopAmount>> amounts,
                                   Map<String, List<MarketQueries.Listing>> listings, Set<Integer> blocked) {
        List<Route> out = new ArrayList<>();
        for (Found path : routes) {
            int[] vs = path.vertices();
            List<RouteHop> hops = new ArrayList<>();
            for (int i = 0; i + 1 < vs.length; i++) {
                hops.add(hop(p, vs[i], vs[i + 1], amounts.getOrDefault(p.elementId(vs[i]) + "|" + p.elementId(vs[i + 1]), List.of())));
            }
            List<Listing> coverage = new ArrayList<>();
            for (int v : vs) {
                for (MarketQueries.Listing l : listings.getOrDefault(p.elementId(v), List.of())) {
                    coverage.add(new Listing(new NodeSummary(l.listedById(), l.listedByKind(), l.listedByName()), l.tier(),
                            l.priorAuth(), l.stepTherapy(), l.excluded()));
                }
            }
            out.add(new Route(path.value(), hops, coverage, !touches(vs, blocked)));
        }
        return out;
    }

    /** A hop from its stored relationships (largest counted part first): parts and whole amounts added up. */
    static RouteHop hop(Projection p, int from, int to, List<MarketQueries.HopAmount> stored) {
        Double part = null;
        Double amount = null;
        List<RelKind> types = new ArrayList<>();
        for (MarketQueries.HopAmount h : stored) {
            if (!types.contains(h.type())) {
                types.add(h.type());
            }
            if (h.part() != null) {
                part = part == null ? h.part() : part + h.part();
            }
            if (h.amount() != null && h.type().isMoney()) {
                amount = amount == null ? h.amount() : amount + h.amount();
            }
        }
        MarketQueries.HopAmount first = stored.isEmpty() ? null : stored.getFirst();
        return new RouteHop(NodeSummary.of(p, from), NodeSummary.of(p, to), first == null ? null : first.type(), types, part,
                amount, first == null ? null : first.currency(), first == null ? null : first.source());
    }

    private static boolean touches(int[] vertices, Set<Integer> blocked) {
        for (int v : vertices) {
            if (blocked.contains(v)) {
                return true;
            }
        }
        return false;
    }
}
