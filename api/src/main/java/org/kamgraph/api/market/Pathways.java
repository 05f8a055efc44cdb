package org.kamgraph.api.market;

import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.paths.ArcPath;
import org.kamgraph.algorithms.paths.HopBoundedPaths;
import org.kamgraph.algorithms.paths.LengthTransform;
import org.kamgraph.api.market.MarketViews.Listing;
import org.kamgraph.api.market.MarketViews.PathwayResult;
import org.kamgraph.api.market.MarketViews.Route;
import org.kamgraph.api.market.MarketViews.RouteHop;
import org.kamgraph.api.influence.InfluenceViews.NodeSummary;
import org.kamgraph.cypher.market.MarketProjections;
import org.kamgraph.cypher.market.MarketQueries;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.model.NodeKind;

/**
 * Payer-to-pharmacy pathways: the k best hop-bounded routes (Yen's scheme, {@link HopBoundedPaths}) by the spend
 * the whole route carries (its bottleneck, over money relationships) or by hop count (money and network access),
 * each hop with its stored amount and, for a product, the formulary position at the organizations on the route.
 */
public final class Pathways {
    public enum Ranking { SPEND, LENGTH }

    private final MarketGraphs graphs;
    /** Route searches per live projection: the reduced arcs are built once (O(m)). */
    private final Map<Projection, HopBoundedPaths> searches = java.util.Collections.synchronizedMap(new WeakHashMap<>());

    public Pathways(MarketGraphs graphs) {
        this.graphs = graphs;
    }

    public PathwayResult find(NodeKind fromKind, String fromId, String pharmacy, String pharmacyType, String region,
                              String product, int k, int maxHops, Ranking rankBy, boolean accessibleOnly, LocalDate asOf) {
        long t0 = System.nanoTime();
        // By spend: money relationships only (network membership carries no amount); by length: access too.
        Projection p = graphs.load(rankBy == Ranking.SPEND ? MarketProjections.moneyRoutes(asOf) : MarketProjections.routes(asOf));
        long t1 = System.nanoTime();
        int source = MarketGraphs.vertex(p, fromKind, fromId, "from");
        List<Integer> targets = graphs.pharmacies(p, pharmacy, pharmacyType, region, asOf, "to");
        Set<Integer> blocked = graphs.blocked(p, product, null, asOf);
        HopBoundedPaths search = searches.computeIfAbsent(p, x -> new HopBoundedPaths(graphs.compact(x), LengthTransform.NONE));
        CompactGraph g = search.graph();
        // Ask for spares when routes through an excluding organization are to be dropped afterwards.
        int wanted = accessibleOnly && !blocked.isEmpty() ? Math.min(k * 4, 200) : k;
        List<ArcPath> found = rankBy == Ranking.LENGTH ? search.shortest(List.of(source), targets, wanted, maxHops)
                : search.widest(List.of(source), targets, wanted, maxHops);
        List<ArcPath> kept = new ArrayList<>();
        for (ArcPath path : found) {
            if (kept.size() < k && path.hops() > 0 && !(accessibleOnly && touches(path, blocked))) {
                kept.add(path);
            }
        }
        long t2 = System.nanoTime();
        return new PathwayResult(MarketGraphs.node(p, source), targets.size(), p.vertexCount(), p.edgeCount(),
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, explain(p, g, kept, product, blocked, asOf,
                rankBy == Ranking.SPEND ? MarketProjections.MONEY : MarketProjections.ROUTES));
    }

    /** The projection routes ranked this way use, for what-if variants of it. */
    public Projection projection(Ranking rankBy, LocalDate asOf) {
        return graphs.load(rankBy == Ranking.SPEND ? MarketProjections.moneyRoutes(asOf) : MarketProjections.routes(asOf));
    }

    public CompactGraph compact(Projection p) {
        return graphs.compact(p);
    }

    /** The best routes from one vertex to given target vertices of {@code p}'s graph, with a product's coverage. */
    public List<Route> routes(Projection p, int source, List<Integer> targets, String product, int k, int maxHops, Ranking rankBy,
                              LocalDate asOf) {
        CompactGraph g = graphs.compact(p);
        HopBoundedPaths search = searches.computeIfAbsent(p, x -> new HopBoundedPaths(graphs.compact(x), LengthTransform.NONE));
        List<ArcPath> found = targets.isEmpty() ? List.of() : rankBy == Ranking.LENGTH
                ? search.shortest(List.of(source), targets, k, maxHops) : search.widest(List.of(source), targets, k, maxHops);
        return explain(p, g, found.stream().filter(x -> x.hops() > 0).toList(), product, Set.of(), asOf,
                rankBy == Ranking.SPEND ? MarketProjections.MONEY : MarketProjections.ROUTES);
    }

    /** Routes on {@code g} (the projection's graph or a what-if variant of it), without a product. */
    public List<Route> routes(Projection p, CompactGraph g, NodeKind fromKind, String fromId, String pharmacy, String pharmacyType,
                              String region, int k, int maxHops, Ranking rankBy, LocalDate asOf) {
        int source = MarketGraphs.vertex(p, fromKind, fromId, "routes.from");
        List<Integer> targets = graphs.pharmacies(p, pharmacy, pharmacyType, region, asOf, "routes.to");
        HopBoundedPaths search = new HopBoundedPaths(g, LengthTransform.NONE);
        List<ArcPath> found = rankBy == Ranking.LENGTH ? search.shortest(List.of(source), targets, k, maxHops)
                : search.widest(List.of(source), targets, k, maxHops);
        return explain(p, g, found.stream().filter(x -> x.hops() > 0).toList(), null, Set.of(), asOf,
                rankBy == Ranking.SPEND ? MarketProjections.MONEY : MarketProjections.ROUTES);
    }

    private static boolean touches(ArcPath path, Set<Integer> blocked) {
        for (int v : path.vertices()) {
            if (blocked.contains(v)) {
                return true;
            }
        }
        return false;
    }

    private List<Route> explain(Projection p, CompactGraph g, List<ArcPath> paths, String product, Set<Integer> blocked,
                                LocalDate asOf, Set<org.kamgraph.model.RelKind> kinds) {
        Set<Map.Entry<String, String>> pairs = new LinkedHashSet<>();
        Set<String> orgs = new LinkedHashSet<>();
        for (ArcPath path : paths) {
            int[] vs = path.vertices();
            for (int i = 0; i + 1 < vs.length; i++) {
                pairs.add(new AbstractMap.SimpleImmutableEntry<>(p.elementId(vs[i]), p.elementId(vs[i + 1])));
            }
            for (int v : vs) {
                orgs.add(p.elementId(v));
            }
        }
        Map<String, List<MarketQueries.HopAmount>> amounts = pairs.isEmpty() ? Map.of()
                : graphs.queries.hops(new ArrayList<>(pairs), kinds, asOf);
        Map<String, List<MarketQueries.Listing>> listings = product == null || orgs.isEmpty() ? Map.of()
                : graphs.queries.listings(new ArrayList<>(orgs), product, asOf);
        List<Route> routes = new ArrayList<>();
        for (ArcPath path : paths) {
            int[] vs = path.vertices();
            List<RouteHop> hops = new ArrayList<>();
            Double spend = null;
            for (int i = 0; i + 1 < vs.length; i++) {
                List<MarketQueries.HopAmount> a = amounts.getOrDefault(p.elementId(vs[i]) + "|" + p.elementId(vs[i + 1]), List.of());
                MarketQueries.HopAmount h = a.isEmpty() ? null : a.getFirst();
                Double amount = h == null ? null : h.amount();
                if (amount != null) {
                    spend = spend == null ? amount : Math.min(spend, amount);
                }
                hops.add(new RouteHop(MarketGraphs.node(p, vs[i]), MarketGraphs.node(p, vs[i + 1]), h == null ? null : h.type(),
                        amount, h == null ? null : h.currency(), h == null ? null : h.source()));
            }
            List<Listing> coverage = new ArrayList<>();
            for (int v : vs) {
                for (MarketQueries.Listing l : listings.getOrDefault(p.elementId(v), List.of())) {
                    coverage.add(new Listing(new NodeSummary(l.listedById(), l.listedByKind(), l.listedByName()), l.tier(),
                            l.priorAuth(), l.stepTherapy(), l.excluded()));
                }
            }
            routes.add(new Route(spend, hops, coverage, !touches(path, blocked)));
        }
        return routes;
    }
}
