package org.kamgraph.api.graphql;

import org.kamgraph.analytics.paging.Cursors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kamgraph.analytics.influence.InfluenceGroups;
import org.kamgraph.analytics.influence.InfluenceOptions;
import org.kamgraph.analytics.influence.InfluenceViews.BrokerResult;
import org.kamgraph.analytics.influence.InfluenceViews.CoverageGapResult;
import org.kamgraph.analytics.influence.InfluenceViews.GroupResult;
import org.kamgraph.analytics.influence.InfluenceViews.InfluenceResult;
import org.kamgraph.analytics.influence.InfluenceViews.ReachResult;
import org.kamgraph.analytics.paging.Page;
import org.kamgraph.api.influence.Brokers;
import org.kamgraph.api.influence.CoverageGaps;
import org.kamgraph.api.influence.InfluenceService;
import org.kamgraph.api.influence.InformalGroups;
import org.kamgraph.api.influence.Reach;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.projection.Scope;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The KAM's influence questions over GraphQL: arguments checked here, answers from the influence services. */
@Controller
public class InfluenceController {
    static final int MAX_CHAINS = 5;
    private final InfluenceService influence;
    private final CoverageGaps coverageGaps;
    private final Brokers brokers;
    private final Reach reach;
    private final InformalGroups groups;

    public InfluenceController(InfluenceService influence, CoverageGaps coverageGaps, Brokers brokers, Reach reach,
                               InformalGroups groups) {
        this.influence = influence;
        this.coverageGaps = coverageGaps;
        this.brokers = brokers;
        this.reach = reach;
        this.groups = groups;
    }

    public record InfluenceOptionsInput(Double dampingFactor, Integer maxIterations, Double tolerance, Double defaultStrength) {
    }

    public record AreaInput(NodeRef account, String territory, String region) {
    }

    @QueryMapping
    public InfluenceResult decisionInfluencers(@Argument String decision, @Argument Integer depth, @Argument LocalDate asOf,
                                               @Argument Integer first, @Argument String after, @Argument Integer chains,
                                               @Argument InfluenceOptionsInput options) {
        String id = Arguments.id(decision, "decision");
        int d = Arguments.range(depth == null ? 2 : depth, 1, Scope.Decision.MAX_DEPTH, "depth");
        return influence.decisionInfluencers(id, d, Arguments.asOf(asOf), page(first, after, chains), options(options));
    }

    @QueryMapping
    public InfluenceResult accountInfluencers(@Argument NodeRef account, @Argument LocalDate asOf, @Argument Integer first,
                                              @Argument String after, @Argument Integer chains,
                                              @Argument InfluenceOptionsInput options) {
        return influence.accountInfluencers(account.kind(), Arguments.id(account.id(), "account.id"), Arguments.asOf(asOf),
                page(first, after, chains), options(options));
    }

    @QueryMapping
    public BrokerResult brokers(@Argument AreaInput scope, @Argument LocalDate asOf, @Argument Integer first,
                                @Argument String after, @Argument Integer samples, @Argument Integer seed) {
        return brokers.find(area(scope, "scope", true), Arguments.asOf(asOf), Page.of(first, after), samples,
                seed == null ? 42 : seed);
    }

    @QueryMapping
    public ReachResult reachStakeholder(@Argument String target, @Argument Integer k, @Argument List<String> from,
                                        @Argument Integer maxHops, @Argument AreaInput scope, @Argument LocalDate asOf) {
        int paths = Arguments.range(k == null ? 3 : k, 1, 20, "k");
        int hops = Arguments.range(maxHops == null ? 6 : maxHops, 1, 12, "maxHops");
        List<String> team = from == null ? null : from.stream().map(f -> Arguments.id(f, "from")).toList();
        return reach.find(Arguments.id(target, "target"), paths, team, hops,
                scope == null ? new Scope.WholeGraph() : area(scope, "scope", false), Arguments.asOf(asOf));
    }

    @QueryMapping
    public CoverageGapResult coverageGaps(@Argument NodeRef account, @Argument String decision, @Argument LocalDate asOf,
                                          @Argument Integer influenceTop, @Argument Double minStrength,
                                          @Argument Integer staleAfterDays) {
        if ((account == null) == (decision == null)) {
            throw new BadInputException("account", "give exactly one of account and decision");
        }
        double min = minStrength == null ? 0.3 : minStrength;
        if (!(min >= 0 && min <= 1)) {
            throw new BadInputException("minStrength", "must be between 0 and 1, was " + minStrength);
        }
        var t = new CoverageGaps.Thresholds(Arguments.range(influenceTop == null ? 20 : influenceTop, 1, Cursors.MAX_PAGE, "influenceTop"),
                min, Arguments.range(staleAfterDays == null ? 180 : staleAfterDays, 0, 36_500, "staleAfterDays"));
        LocalDate day = Arguments.asOf(asOf);
        return decision != null ? coverageGaps.forDecision(Arguments.id(decision, "decision"), day, t)
                : coverageGaps.forAccount(account.kind(), Arguments.id(account.id(), "account.id"), day, t);
    }

    @QueryMapping
    public GroupResult informalGroups(@Argument NodeRef account, @Argument InfluenceGroups.Method method,
                                      @Argument Integer minSize, @Argument Integer seed, @Argument LocalDate asOf) {
        return groups.find(account.kind(), Arguments.id(account.id(), "account.id"),
                method == null ? InfluenceGroups.Method.GREEDY_MODULARITY : method,
                Arguments.range(minSize == null ? 2 : minSize, 1, 100_000, "minSize"), seed == null ? 42 : seed, Arguments.asOf(asOf));
    }

    private static InfluenceService.Page page(Integer first, String after, Integer chains) {
        return new InfluenceService.Page(Page.of(first, after), Arguments.range(chains == null ? 1 : chains, 0, MAX_CHAINS, "chains"));
    }

    private static InfluenceOptions options(InfluenceOptionsInput in) {
        InfluenceOptions d = InfluenceOptions.DEFAULTS;
        if (in == null) {
            return d;
        }
        return new InfluenceOptions(in.dampingFactor() == null ? d.dampingFactor() : in.dampingFactor(),
                in.maxIterations() == null ? d.maxIterations() : in.maxIterations(),
                in.tolerance() == null ? d.tolerance() : in.tolerance(),
                in.defaultStrength() == null ? d.defaultStrength() : in.defaultStrength());
    }

    /** Exactly one of account, territory, region. */
    static Scope area(AreaInput in, String argument, boolean required) {
        List<Scope> scopes = new ArrayList<>();
        if (in != null) {
            if (in.account() != null) {
                scopes.add(new Scope.Account(in.account().kind(), Arguments.id(in.account().id(), argument + ".account.id")));
            }
            if (in.territory() != null) {
                scopes.add(new Scope.Territory(Arguments.id(in.territory(), argument + ".territory")));
            }
            if (in.region() != null) {
                scopes.add(new Scope.Region(Arguments.id(in.region(), argument + ".region")));
            }
        }
        if (scopes.size() != 1) {
            throw new BadInputException(argument, "give exactly one of account, territory, region");
        }
        return scopes.getFirst();
    }
}
