package org.kamgraph.api.market;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.paths.HopBoundedPaths;
import org.kamgraph.algorithms.paths.LengthTransform;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.market.MarketViews.Follows;
import org.kamgraph.analytics.market.MarketViews.PathwayResult;
import org.kamgraph.analytics.market.MarketViews.Route;
import org.kamgraph.analytics.market.Routes;
import org.kamgraph.analytics.market.Routes.Found;
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
 * (FlowRoutes); each route is one path with the flow it carries, largest first. The routes of one payer add
 * up to at most that flow, which is at most its outgoing spend: nothing is counted twice.
 *
 * <p>LENGTH: the k shortest routes by hop count (Yen's scheme, {@link HopBoundedPaths}) over money and network access
 * (IN_NETWORK), which say how a pharmacy is reached, not how much; they carry no attributed spend.
 *
 * <p>Each hop shows its relationships' amounts on the basis, and with a product each route shows the product's
 * formulary position at the organizations on it. The searches and the telling are {@link Routes}'; this class reads
 * the projections, the amounts and the listings.
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
        Set<Integer> avoid = accessibleOnly ? blocked : Set.of();
        List<Found> found;
        Double flow = null;
        if (rankBy == Ranking.SPEND) {
            Routes.BySpend d = Routes.bySpend(g, source, targets, avoid, k, maxHops);
            flow = d.flow();
            found = d.routes();
        } else {
            found = Routes.byLength(search(p), source, targets, k, maxHops, avoid);
        }
        long t2 = System.nanoTime();
        double outgoing = rankBy == Ranking.SPEND ? Routes.outgoing(g, source) : outgoingSpend(p, source, basis, asOf);
        return new PathwayResult(NodeSummary.of(p, source), rankBy == Ranking.SPEND ? Follows.MONEY : Follows.MONEY_AND_ACCESS,
                kinds(rankBy).stream().sorted().toList(), basis, rankBy.name(), flow, outgoing, targets.size(), p.vertexCount(),
                g.arcCount(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                told(p, found, product, basis, blocked, asOf, kinds(rankBy)));
    }

    private static Set<RelKind> kinds(Ranking rankBy) {
        return rankBy == Ranking.SPEND ? MarketProjections.MONEY : MarketProjections.ROUTES;
    }

    /** The route search of a live projection (its reduced arcs built once, O(m)). */
    private HopBoundedPaths search(Projection p) {
        return searches.computeIfAbsent(p, x -> new HopBoundedPaths(graphs.compact(x), LengthTransform.NONE));
    }

    /** The payer's outgoing money on the basis, from the money graph (LENGTH answers report it too). */
    private double outgoingSpend(Projection routes, int routesVertex, SpendBasis basis, LocalDate asOf) {
        MarketGraphs.MoneyGraph money = graphs.money(basis, asOf);
        var v = money.projection().vertex(routes.kind(routesVertex), routes.id(routesVertex));
        return v.isPresent() ? Routes.outgoing(money.graph(), v.getAsInt()) : 0;
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
        List<Found> found = rankBy == Ranking.SPEND ? Routes.bySpend(g, source, targets, Set.of(), k, maxHops).routes()
                : Routes.byLength(new HopBoundedPaths(g, LengthTransform.NONE), source, targets, k, maxHops, Set.of());
        return told(p, found, product, SpendBasis.total(), Set.of(), asOf, kinds(rankBy));
    }

    /** The routes told with their hops' stored amounts on the basis and, with a product, its listings on them. */
    private List<Route> told(Projection p, List<Found> found, String product, SpendBasis basis, Set<Integer> blocked,
                             LocalDate asOf, Set<RelKind> kinds) {
        List<Map.Entry<String, String>> hops = Routes.hops(p, found);
        List<String> orgs = Routes.organizations(p, found);
        Map<String, List<MarketQueries.HopAmount>> amounts = hops.isEmpty() ? Map.of()
                : graphs.queries.hops(hops, kinds, basis.amountProperties(), asOf);
        Map<String, List<MarketQueries.Listing>> listings = product == null || orgs.isEmpty() ? Map.of()
                : graphs.queries.listings(orgs, product, asOf);
        return Routes.told(p, found, amounts, listings, blocked);
    }
}
