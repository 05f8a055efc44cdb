package org.kamgraph.api.graphql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.algorithms.centrality.CentralityAlgorithm;
import org.kamgraph.algorithms.centrality.CentralityOptions;
import org.kamgraph.algorithms.paths.LengthTransform;
import org.kamgraph.algorithms.rank.DegreeCentrality;
import org.kamgraph.analytics.paging.Page;
import org.kamgraph.api.influence.CentralityService;
import org.kamgraph.api.influence.CentralityService.CentralityResult;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.NotFoundException;
import org.kamgraph.cypher.projection.Orientation;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.cypher.projection.ProjectionSpec;
import org.kamgraph.cypher.projection.Scope;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Centrality over GraphQL: the projection and options asked for, checked and answered by {@link CentralityService}. */
@Controller
public class AnalyticsController {
    private final CentralityService centralities;

    public AnalyticsController(CentralityService centralities) {
        this.centralities = centralities;
    }

    public record ScopeInput(NodeRef account, String decision, Integer depth, String territory, String region) {
    }

    public record ProjectionInput(ScopeInput scope, List<NodeKind> nodeKinds, List<RelKind> relationshipKinds,
                                  Orientation orientation, List<RelKind> reversedKinds, String weightProperty,
                                  Double defaultWeight, LocalDate asOf) {
    }

    public record CentralityOptionsInput(Double dampingFactor, Integer maxIterations, Double tolerance, Boolean weighted,
                                         Boolean normalized, LengthTransform lengthTransform, Integer samples, Integer seed,
                                         DegreeCentrality.Mode degreeMode, Double alpha, Double beta, List<NodeRef> seeds) {
    }

    @QueryMapping
    public CentralityResult centrality(@Argument ProjectionInput projection, @Argument CentralityAlgorithm algorithm,
                                       @Argument CentralityOptionsInput options, @Argument Integer first,
                                       @Argument String after, @Argument String order) {
        Page page = Page.of(first, after);
        return centralities.centrality(spec(projection), algorithm, p -> options(options, p, p.vertexCount()), page,
                "ASC".equals(order));
    }

    static ProjectionSpec spec(ProjectionInput in) {
        ScopeInput s = in.scope();
        List<Scope> scopes = new ArrayList<>();
        if (s != null) {
            if (s.account() != null) {
                scopes.add(new Scope.Account(s.account().kind(), Arguments.id(s.account().id(), "scope.account.id")));
            }
            if (s.decision() != null) {
                scopes.add(new Scope.Decision(Arguments.id(s.decision(), "scope.decision"), s.depth() == null ? 2 : s.depth()));
            }
            if (s.territory() != null) {
                scopes.add(new Scope.Territory(s.territory()));
            }
            if (s.region() != null) {
                scopes.add(new Scope.Region(s.region()));
            }
        }
        if (scopes.size() > 1) {
            throw new BadInputException("scope", "give at most one of account, decision, territory, region");
        }
        return new ProjectionSpec(scopes.isEmpty() ? new Scope.WholeGraph() : scopes.getFirst(),
                in.nodeKinds() == null ? Set.of() : Set.copyOf(in.nodeKinds()),
                in.relationshipKinds() == null ? Set.of() : Set.copyOf(in.relationshipKinds()),
                in.orientation(), in.weightProperty(), in.defaultWeight() == null ? 1.0 : in.defaultWeight(), in.asOf(),
                in.reversedKinds() == null ? Set.of() : Set.copyOf(in.reversedKinds()));
    }

    private static CentralityOptions options(CentralityOptionsInput in, Projection p, int n) {
        CentralityOptions d = CentralityOptions.defaults();
        if (in == null) {
            return d;
        }
        Map<Integer, Double> seeds = new LinkedHashMap<>();
        if (in.seeds() != null) {
            for (NodeRef r : in.seeds()) {
                int v = p.vertex(r.kind(), r.id()).orElseThrow(() -> new NotFoundException("seeds",
                        "no " + r.kind().label() + " '" + r.id() + "' in the projection"));
                seeds.put(v, 1.0);
            }
        }
        int samples = in.samples() == null ? Math.min(n, 100) : in.samples();
        return new CentralityOptions(or(in.dampingFactor(), d.dampingFactor()), or(in.maxIterations(), d.maxIterations()),
                or(in.tolerance(), d.tolerance()), or(in.weighted(), d.weighted()), or(in.normalized(), d.normalized()),
                in.lengthTransform() == null ? d.lengths() : in.lengthTransform(), samples,
                in.seed() == null ? d.seed() : in.seed(), in.degreeMode() == null ? d.degreeMode() : in.degreeMode(),
                or(in.alpha(), d.alpha()), or(in.beta(), d.beta()), seeds, d.threads());
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
