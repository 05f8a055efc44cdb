package org.kamgraph.api.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.api.influence.InfluenceViews.NodeSummary;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.NotFoundException;
import org.kamgraph.cypher.market.MarketQueries;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.cypher.projection.ProjectionCache;
import org.kamgraph.cypher.projection.ProjectionSpec;
import org.kamgraph.model.NodeKind;

/** The money and access projections with their primitive copies, and the lookups every market answer needs. */
public final class MarketGraphs {
    final ProjectionCache projections;
    final MarketQueries queries;
    private final Map<Projection, CompactGraph> compact = Collections.synchronizedMap(new WeakHashMap<>());

    public MarketGraphs(ProjectionCache projections, MarketQueries queries) {
        this.projections = projections;
        this.queries = queries;
    }

    Projection load(ProjectionSpec spec) {
        return projections.get(spec);
    }

    CompactGraph compact(Projection p) {
        return compact.computeIfAbsent(p, x -> CompactGraph.of(x.graph()));
    }

    static NodeSummary node(Projection p, int v) {
        return new NodeSummary(p.id(v), p.kind(v), p.name(v));
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
