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
import org.kamgraph.algorithms.flow.FlowRoutes;
import org.kamgraph.algorithms.paths.ArcPath;
import org.kamgraph.algorithms.paths.HopBoundedPaths;
import org.kamgraph.algorithms.paths.LengthTransform;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.market.MarketViews.Follows;
import org.kamgraph.analytics.market.MarketViews.Listing;
import org.kamgraph.analytics.market.MarketViews.PathwayResult;
import org.kamgraph.analytics.market.MarketViews.Route;
import org.kamgraph.analytics.market.MarketViews.RouteHop;
import org.kamgraph.analytics.market.SpendBasis;
import org.kamgraph.cypher.market.MarketProjections;
import org.kamgraph.cypher.market.MarketQueries;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/**
 * Payer-to-pharmacy pathways, two ways.
 *
 * <p>SPEND: where the payer's money (on a {@link SpendBasis}: whole amounts, a product's or an area's parts) can go.
 * The maximum flow from the payer to the target pharmacies over money relationships, decomposed into paths
 * ({@link FlowRoutes}); each route is one path with the flow it carries, largest first. The routes of one payer add
 * up to at most that flow, which is at most its outgoing spend: nothing is counted twice.
 *
 * <p>LENGTH: the k shortest routes by hop count (Yen's scheme, {@link HopBoundedPaths}) over money and network access
 * (IN_NETWORK), which say how a pharmacy is reached, not how much; they carry no attributed spend.
 *
 * <p>Each hop shows its relationships' amounts on the basis, and with a product each route shows the product's
 * formulary position at the organizations on it.
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
                              String product, String area, int k, int maxHops, Ranking rankBy, boolean accessibleOnly,
                              LocalDate asOf) {
        long t0 = System.nanoTime();
        SpendBasis basis = graphs.basis(product, area);
        Projection p;
        CompactGraph g;
        if (rankBy == Ranking.SPEND) {
            MarketGraphs.MoneyGraph money = graphs.money(basis, asOf);
            p = money.projection();
            g = money.graph();
        } else {
            p = graphs.load(MarketProjections.routes(asOf));
            g = graphs.compact(p);
        }
        long t1 = System.nanoTime();
        int source = MarketGraphs.vertex(p, fromKind, fromId, "from");
        List<Integer> targets = graphs.pharmacies(p, pharmacy, pharmacyType, region, asOf, "to");
        Set<Integer> blocked = graphs.blocked(p, product, area, asOf);
        List<Found> found;
        Double flow = null;
        if (rankBy == Ranking.SPEND) {
            FlowRoutes.Decomposition d = FlowRoutes.decompose(g, source, targets, accessibleOnly ? blocked : Set.of(), k, maxHops);
            flow = d.value();
            found = d.paths().stream().map(x -> new Found(x.vertices(), x.value())).toList();
        } else {
            found = shortest(p, source, targets, k, maxHops, accessibleOnly ? blocked : Set.of());
        }
        long t2 = System.nanoTime();
        double outgoing = 0;
        if (rankBy == Ranking.SPEND) {
            for (int a = g.outStart(source); a < g.outEnd(source); a++) {
                outgoing += g.outWeights()[a];
            }
        } else {
            outgoing = outgoingSpend(source, basis, asOf);
        }
        return new PathwayResult(NodeSummary.of(p, source), rankBy == Ranking.SPEND ? Follows.MONEY : Follows.MONEY_AND_ACCESS,
                kinds(rankBy).stream().sorted().toList(), basis, rankBy.name(), flow, outgoing, targets.size(), p.vertexCount(),
                g.arcCount(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                explain(p, found, product, basis, blocked, asOf, kinds(rankBy)));
    }

    /** A route found: its vertices and, ranked by spend, the flow it carries (null by length). */
    private record Found(int[] vertices, Double value) {
    }

    private static Set<RelKind> kinds(Ranking rankBy) {
        return rankBy == Ranking.SPEND ? MarketProjections.MONEY : MarketProjections.ROUTES;
    }

    /** The k shortest routes by hops, those through a blocked organization left out (spares are asked for). */
    private List<Found> shortest(Projection p, int source, List<Integer> targets, int k, int maxHops, Set<Integer> blocked) {
        HopBoundedPaths search = searches.computeIfAbsent(p, x -> new HopBoundedPaths(graphs.compact(x), LengthTransform.NONE));
        int wanted = blocked.isEmpty() ? k : Math.min(k * 4, 200);
        List<Found> kept = new ArrayList<>();
        for (ArcPath path : search.shortest(List.of(source), targets, wanted, maxHops)) {
            if (kept.size() < k && path.hops() > 0 && !touches(path.vertices(), blocked)) {
                kept.add(new Found(path.vertices(), null));
            }
        }
        return kept;
    }

    /** The payer's outgoing money on the basis, from the money graph (LENGTH answers report it too). */
    private double outgoingSpend(int routesVertex, SpendBasis basis, LocalDate asOf) {
        Projection routes = graphs.load(MarketProjections.routes(asOf));
        MarketGraphs.MoneyGraph money = graphs.money(basis, asOf);
        var v = money.projection().vertex(routes.kind(routesVertex), routes.id(routesVertex));
        double out = 0;
        if (v.isPresent()) {
            CompactGraph g = money.graph();
            for (int a = g.outStart(v.getAsInt()); a < g.outEnd(v.getAsInt()); a++) {
                out += g.outWeights()[a];
            }
        }
        return out;
    }

    /** The projection routes ranked this way use (SPEND: whole money amounts), for what-if variants of it. */
    public Projection projection(Ranking rankBy, LocalDate asOf) {
        return graphs.load(rankBy == Ranking.SPEND ? MarketProjections.money(asOf) : MarketProjections.routes(asOf));
    }

    public CompactGraph compact(Projection p) {
        return graphs.compact(p);
    }

    /**
     * The best routes from one vertex to given target vertices of {@code p}'s graph (whole money amounts), with a
     * product's coverage.
     */
    public List<Route> routes(Projection p, int source, List<Integer> targets, String product, int k, int maxHops, Ranking rankBy,
                              LocalDate asOf) {
        if (targets.isEmpty()) {
            return List.of();
        }
        return routes(p, graphs.compact(p), source, targets, product, k, maxHops, rankBy, asOf);
    }

    /** Routes on {@code g} (the projection's graph or a what-if variant of it), without a product. */
    public List<Route> routes(Projection p, CompactGraph g, NodeKind fromKind, String fromId, String pharmacy, String pharmacyType,
                              String region, int k, int maxHops, Ranking rankBy, LocalDate asOf) {
        int source = MarketGraphs.vertex(p, fromKind, fromId, "routes.from");
        List<Integer> targets = graphs.pharmacies(p, pharmacy, pharmacyType, region, asOf, "routes.to");
        return routes(p, g, source, targets, null, k, maxHops, rankBy, asOf);
    }

    private List<Route> routes(Projection p, CompactGraph g, int source, List<Integer> targets, String product, int k, int maxHops,
                               Ranking rankBy, LocalDate asOf) {
        List<Found> found;
        if (rankBy == Ranking.SPEND) {
            found = FlowRoutes.decompose(g, source, targets, Set.of(), k, maxHops).paths().stream()
                    .map(x -> new Found(x.vertices(), x.value())).toList();
        } else {
            HopBoundedPaths search = new HopBoundedPaths(g, LengthTransform.NONE);
            found = search.shortest(List.of(source), targets, k, maxHops).stream().filter(x -> x.hops() > 0)
                    .map(x -> new Found(x.vertices(), null)).toList();
        }
        return explain(p, found, product, SpendBasis.total(), Set.of(), asOf, kinds(rankBy));
    }

    private static boolean touches(int[] vertices, Set<Integer> blocked) {
        for (int v : vertices) {
            if (blocked.contains(v)) {
                return true;
            }
        }
        return false;
    }

    private List<Route> explain(Projection p, List<Found> paths, String product, SpendBasis basis, Set<Integer> blocked,
                                LocalDate asOf, Set<RelKind> kinds) {
        Set<Map.Entry<String, String>> pairs = new LinkedHashSet<>();
        Set<String> orgs = new LinkedHashSet<>();
        for (Found path : paths) {
            int[] vs = path.vertices();
            for (int i = 0; i + 1 < vs.length; i++) {
                pairs.add(new AbstractMap.SimpleImmutableEntry<>(p.elementId(vs[i]), p.elementId(vs[i + 1])));
            }
            for (int v : vs) {
                orgs.add(p.elementId(v));
            }
        }
        Map<String, List<MarketQueries.HopAmount>> amounts = pairs.isEmpty() ? Map.of()
                : graphs.queries.hops(new ArrayList<>(pairs), kinds, basis.amountProperties(), asOf);
        Map<String, List<MarketQueries.Listing>> listings = product == null || orgs.isEmpty() ? Map.of()
                : graphs.queries.listings(new ArrayList<>(orgs), product, asOf);
        List<Route> routes = new ArrayList<>();
        for (Found path : paths) {
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
            routes.add(new Route(path.value(), hops, coverage, !touches(vs, blocked)));
        }
        return routes;
    }

    /** A hop from its stored relationships (largest counted part first): parts and whole amounts added up. */
    private static RouteHop hop(Projection p, int from, int to, List<MarketQueries.HopAmount> stored) {
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
}
