package org.kamgraph.api.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.opt.graph.sparse.SparseIntDirectedWeightedGraph;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.analytics.market.SpendBasis;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.NotFoundException;
import org.kamgraph.cypher.market.MarketProjections;
import org.kamgraph.cypher.market.MarketQueries;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.cypher.projection.ProjectionCache;
import org.kamgraph.cypher.projection.ProjectionSpec;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/**
 * The money and access projections with their primitive copies, and the lookups every market answer needs. Money
 * is counted on a {@link SpendBasis}: the whole amounts (the money projection), one product's parts (the projection
 * weighted by {@code amount.<product id>}, cached like any projection) or a therapeutic area's (the sum of its
 * products' projections over one vertex numbering, kept for the few areas asked about last).
 */
public final class MarketGraphs {
    /** Therapeutic-area graphs kept: each is about the size of the money projection's primitive copy. */
    static final int AREA_GRAPHS = 8;
    final ProjectionCache projections;
    final MarketQueries queries;
    /** Area graphs by the product projections they were summed from (identity: a reloaded projection is a new key). */
    private final Map<List<Projection>, CompactGraph> areas = Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Projection>, CompactGraph> eldest) {
                    return size() > AREA_GRAPHS;
                }
            });

    /** Money counted on one basis: the projection (names, ids), its graph with the basis' amounts as capacities. */
    public record MoneyGraph(Projection projection, CompactGraph graph, SpendBasis basis) {
    }

    public MarketGraphs(ProjectionCache projections, MarketQueries queries) {
        this.projections = projections;
        this.queries = queries;
    }

    Projection load(ProjectionSpec spec) {
        return projections.get(spec);
    }

    CompactGraph compact(Projection p) {
        return p.compact();
    }

    /**
     * The basis a product or therapeutic area names (TOTAL without either); NOT_FOUND naming the argument when it
     * names no product, BAD_REQUEST when both are given.
     */
    SpendBasis basis(String product, String area) {
        if (product != null && area != null) {
            throw new BadInputException("product", "give a product or a therapeutic area, not both");
        }
        if (product == null && area == null) {
            return SpendBasis.total();
        }
        List<String> ids = queries.productIds(product, area);
        if (ids.isEmpty()) {
            throw new NotFoundException(product != null ? "product" : "therapeuticArea",
                    product != null ? "no Product '" + product + "'" : "no product in therapeutic area '" + area + "'");
        }
        return product != null ? SpendBasis.product(product) : SpendBasis.area(area, ids);
    }

    /** The money on {@code basis} valid on {@code asOf}. */
    MoneyGraph money(SpendBasis basis, LocalDate asOf) {
        if (basis.kind() != SpendBasis.Kind.THERAPEUTIC_AREA) {
            Projection p = load(MarketProjections.money(basis.amountProperties().getFirst(), asOf));
            return new MoneyGraph(p, compact(p), basis);
        }
        List<Projection> parts = new ArrayList<>();
        for (String property : basis.amountProperties()) {
            parts.add(load(MarketProjections.money(property, asOf)));
        }
        Projection base = parts.getFirst();
        return new MoneyGraph(base, areas.computeIfAbsent(List.copyOf(parts), x -> sum(base, x)), basis);
    }

    /**
     * The graph over {@code base}'s vertices whose arc u -> w carries the sum of every part's amounts from u to w
     * (relationships between the same two organizations merged: their capacities add up in a flow anyway). O(k(n + m))
     * for k parts.
     */
    private CompactGraph sum(Projection base, List<Projection> parts) {
        Map<Long, Double> amounts = new java.util.HashMap<>();
        for (Projection part : parts) {
            CompactGraph g = compact(part);
            int[] map = new int[part.vertexCount()];
            for (int v = 0; v < map.length; v++) {
                map[v] = v < base.vertexCount() && part.elementId(v).equals(base.elementId(v)) ? v
                        : base.vertex(part.kind(v), part.id(v)).orElse(-1);
            }
            for (int u = 0; u < map.length; u++) {
                for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                    int w = g.outTargets()[a];
                    if (g.outWeights()[a] > 0 && map[u] >= 0 && map[w] >= 0) {
                        amounts.merge(((long) map[u] << 32) | map[w], g.outWeights()[a], Double::sum);
                    }
                }
            }
        }
        List<Triple<Integer, Integer, Double>> arcs = new ArrayList<>();
        amounts.forEach((k, w) -> arcs.add(Triple.of((int) (k >>> 32), (int) (long) k, w)));
        arcs.sort(java.util.Comparator.<Triple<Integer, Integer, Double>>comparingInt(Triple::getFirst).thenComparingInt(Triple::getSecond));
        if (arcs.isEmpty()) { // no product of the area has a part anywhere: every vertex, no arc
            var empty = org.jgrapht.graph.builder.GraphTypeBuilder.<Integer, Integer>directed().weighted(true)
                    .edgeSupplier(org.jgrapht.util.SupplierUtil.createIntegerSupplier()).buildGraph();
            for (int v = 0; v < base.vertexCount(); v++) {
                empty.addVertex(v);
            }
            return CompactGraph.of(empty);
        }
        return CompactGraph.of(new SparseIntDirectedWeightedGraph(base.vertexCount(), arcs));
    }

    /** The money relationship kinds, in declaration order: what money answers follow. */
    static List<RelKind> moneyKinds() {
        return MarketProjections.MONEY.stream().sorted().toList();
    }

    /** The vertex of a node named in an argument, or NOT_FOUND naming it. */
    static int vertex(Projection p, NodeKind kind, String id, String argument) {
        return p.vertex(kind, id).orElseThrow(() -> new NotFoundException(argument, "no " + kind.label() + " '" + id
                + "' among the organizations money and access pass through"));
    }

    /** Pharmacies by id, type and region; NOT_FOUND naming {@code argument} when none matches. */
    List<Integer> pharmacies(Projection p, String id, String type, String region, LocalDate asOf, String argument) {
        if (id == null && type == null && region == null) {
            throw new BadInputException(argument, "name a pharmacy, a pharmacy type or a region");
        }
        List<Integer> out = new ArrayList<>();
        for (String pid : queries.pharmacies(id, type, region, asOf)) {
            p.vertex(NodeKind.PHARMACY, pid).ifPresent(out::add);
        }
        if (out.isEmpty()) {
            throw new NotFoundException(argument, "no pharmacy matches" + (id == null ? "" : " id '" + id + "'")
                    + (type == null ? "" : " type '" + type + "'") + (region == null ? "" : " region '" + region + "'"));
        }
        return out;
    }

    /**
     * Vertices of organizations whose formulary excludes the product (or every product of the area that they list);
     * empty without either. BAD_REQUEST naming {@code product} when it names nothing.
     */
    Set<Integer> blocked(Projection p, String product, String area, LocalDate asOf) {
        if (product == null && area == null) {
            return Set.of();
        }
        if (queries.products(product, area) == 0) {
            throw new NotFoundException(product != null ? "product" : "therapeuticArea",
                    product != null ? "no Product '" + product + "'" : "no product in therapeutic area '" + area + "'");
        }
        Set<Integer> out = new LinkedHashSet<>();
        for (var e : queries.blocking(product, area, asOf)) {
            p.vertex(e.getKey(), e.getValue()).ifPresent(out::add);
        }
        return out;
    }
}
