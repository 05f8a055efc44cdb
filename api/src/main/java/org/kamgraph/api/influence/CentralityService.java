package org.kamgraph.api.influence;

import java.util.List;
import java.util.function.Function;
import org.kamgraph.algorithms.centrality.CentralityAlgorithm;
import org.kamgraph.algorithms.centrality.CentralityOptions;
import org.kamgraph.algorithms.centrality.Centralities;
import org.kamgraph.analytics.influence.CentralityRows;
import org.kamgraph.analytics.influence.CentralityRows.Row;
import org.kamgraph.analytics.paging.Page;
import org.kamgraph.analytics.paging.PageInfo;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.cypher.projection.ProjectionCache;
import org.kamgraph.cypher.projection.ProjectionSpec;

/** Any centrality of the algorithms module over any projection: project, run, rank a page of the scores. */
public final class CentralityService {
    private final ProjectionCache projections;
    private final int maxExactVertices;

    public CentralityService(ProjectionCache projections, int maxExactVertices) {
        this.projections = projections;
        this.maxExactVertices = maxExactVertices;
    }

    public record ConvergenceInfo(int iterations, double finalChange, boolean converged) {
    }

    public record CentralityResult(int vertices, int edges, long projectionMillis, long algorithmMillis, ConvergenceInfo convergence,
                                   Double errorBound, int totalCount, List<Row> rows, PageInfo pageInfo) {
    }

    /**
     * @param options the algorithm's options for the projection made (seeds are its vertices, sample counts its size)
     */
    public CentralityResult centrality(ProjectionSpec spec, CentralityAlgorithm algorithm, Function<Projection, CentralityOptions> options,
                                       Page page, boolean ascending) {
        long t0 = System.nanoTime();
        Projection p = projections.get(spec);
        long t1 = System.nanoTime();
        int n = p.vertexCount();
        if (algorithm.isAllPairs() && n > maxExactVertices) {
            throw new BadInputException("algorithm", algorithm + " searches from every one of the " + n
                    + " projected nodes, more than kam.analytics.max-exact-vertices (" + maxExactVertices
                    + "); use SAMPLED_BETWEENNESS or a narrower scope");
        }
        Centralities.Result result;
        try {
            result = Centralities.run(algorithm, p.compact(), options.apply(p));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("options", e.getMessage());
        }
        long t2 = System.nanoTime();
        List<Row> rows = CentralityRows.page(p, result.scores(), page, ascending);
        var c = result.convergence();
        return new CentralityResult(n, p.edgeCount(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                c == null ? null : new ConvergenceInfo(c.iterations(), c.finalChange(), c.converged()),
                Double.isNaN(result.errorBound()) ? null : result.errorBound(), n, rows, page.info(n, rows, Row::cursor));
    }
}
