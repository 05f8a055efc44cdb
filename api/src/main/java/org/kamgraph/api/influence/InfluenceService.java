package org.kamgraph.api.influence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.influence.InfluenceOptions;
import org.kamgraph.analytics.influence.InfluenceRanking;
import org.kamgraph.analytics.influence.InfluenceViews.Chain;
import org.kamgraph.analytics.influence.InfluenceViews.Convergence;
import org.kamgraph.analytics.influence.InfluenceViews.InfluenceResult;
import org.kamgraph.analytics.influence.InfluenceViews.Influencer;
import org.kamgraph.analytics.influence.InfluenceViews.SeedNode;
import org.kamgraph.analytics.influence.Step;
import org.kamgraph.analytics.influence.Summaries;
import org.kamgraph.analytics.paging.Cursors;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.influence.InfluenceProjections;
import org.kamgraph.cypher.influence.InfluenceQueries;
import org.kamgraph.cypher.influence.InfluenceQueries.DecisionSeeds;
import org.kamgraph.cypher.influence.InfluenceQueries.PersonDetails;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.cypher.projection.ProjectionCache;
import org.kamgraph.cypher.projection.ProjectionSpec;
import org.kamgraph.cypher.projection.Scope;
import org.kamgraph.model.NodeKind;

/** Who influences a decision or an account: ranking, explanation and coverage, one answer per question. */
public final class InfluenceService {
    final ProjectionCache projections;
    final InfluenceQueries queries;
    final Explainer explainer;
    /** Runs independent reads of one answer side by side (virtual threads: they only wait on the database). */
    private static final Executor READS = Executors.newVirtualThreadPerTaskExecutor();

    public InfluenceService(ProjectionCache projections, InfluenceQueries queries) {
        this.projections = projections;
        this.queries = queries;
        this.explainer = new Explainer(queries);
    }

    /** A page of a ranking (offset and size already checked) and how many chains to show per person. */
    public record Page(org.kamgraph.analytics.paging.Page window, int chains) {
        public Page(long offset, int size, int chains) {
            this(new org.kamgraph.analytics.paging.Page(offset, size), chains);
        }
    }

    /** A ranking with where it came from, before it is paged and explained. */
    /** @param account the account asked about, or the decision's account (null if it has none) */
    public record Ranked(NodeSummary subject, NodeSummary account, List<SeedNode> seeds, String decision, LocalDate asOf,
                         InfluenceRanking ranking, ProjectionSpec spec, long projectionMillis, long algorithmMillis) {

        /** The same question answered by another ranking (a what-if variant). */
        public Ranked with(InfluenceRanking other) {
            return new Ranked(subject, account, seeds, decision, asOf, other, spec, 0, 0);
        }
    }

    /**
     * The influence measures' view of a projection: its primitive copy (made once, kept by the projection) without
     * the arcs of strength 0: they are no tie for the path measures and carry nothing in a random walk.
     */
    public org.kamgraph.algorithms.CompactGraph compactOf(Projection p) {
        return p.compact().positiveWeightsOnly();
    }

    /** The influence ranking of a decision with the default options. */
    public Ranked rankDecision(String decisionId, int depth, LocalDate asOf) {
        return rankDecision(decisionId, depth, asOf, InfluenceOptions.DEFAULTS);
    }

    /** The influence ranking of an account with the default options. */
    public Ranked rankAccount(NodeKind kind, String id, LocalDate asOf) {
        return rankAccount(kind, id, asOf, InfluenceOptions.DEFAULTS);
    }

    Ranked rankDecision(String decisionId, int depth, LocalDate asOf, InfluenceOptions o) {
        DecisionSeeds d = queries.decisionSeeds(decisionId, asOf);
        if (d.seeds().isEmpty()) {
            throw new BadInputException("decision", "decision '" + decisionId + "' has no deciders, approvers or deciding "
                    + "committee on " + asOf + "; add IN_DMU with role decider or a DECIDES relationship");
        }
        long t0 = System.nanoTime();
        ProjectionSpec spec = InfluenceProjections.towardInfluencers(new Scope.Decision(decisionId, depth), asOf, o.defaultStrength());
        Projection p = projections.get(spec);
        long t1 = System.nanoTime();
        List<SeedNode> seeds = new ArrayList<>();
        List<Integer> seedVertices = new ArrayList<>();
        for (InfluenceQueries.Seed s : d.seeds()) {
            seeds.add(new SeedNode(new NodeSummary(s.node().id(), s.node().kind(), s.node().name()), s.role()));
            p.vertex(s.node().kind(), s.node().id()).ifPresent(seedVertices::add);
        }
        InfluenceRanking r = new InfluenceRanking(p, compactOf(p), seedVertices.stream().mapToInt(Integer::intValue).distinct().toArray(), o);
        long t2 = System.nanoTime();
        NodeSummary account = d.account() == null ? null : new NodeSummary(d.account().id(), d.account().kind(), d.account().name());
        return new Ranked(new NodeSummary(d.id(), NodeKind.DECISION, d.name()), account, seeds, decisionId, asOf, r, spec,
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    }

    Ranked rankAccount(NodeKind kind, String id, LocalDate asOf, InfluenceOptions o) {
        NodeSummary subject = subject(kind, id, "account");
        long t0 = System.nanoTime();
        ProjectionSpec spec = InfluenceProjections.towardInfluencers(new Scope.Account(kind, id), asOf, o.defaultStrength());
        Projection p = projections.get(spec);
        long t1 = System.nanoTime();
        int[] seedVertices = InfluenceRanking.accountSeeds(p);
        List<SeedNode> seeds = new ArrayList<>();
        for (int v : seedVertices) {
            seeds.add(new SeedNode(Summaries.node(p, v), p.kind(v) == NodeKind.COMMITTEE ? "committee" : "decision"));
        }
        InfluenceRanking r = new InfluenceRanking(p, compactOf(p), seedVertices, o);
        long t2 = System.nanoTime();
        return new Ranked(subject, subject, seeds, null, asOf, r, spec, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    }

    /** The account (or other node) asked about, or NOT_FOUND naming {@code argument}. */
    NodeSummary subject(NodeKind kind, String id, String argument) {
        InfluenceQueries.NodeRef n = queries.node(kind, id, argument);
        if (!n.kind().isOrganization()) {
            throw new BadInputException(argument, n.kind().label() + " '" + id + "' is not an organization");
        }
        return new NodeSummary(n.id(), n.kind(), n.name());
    }

    public InfluenceResult decisionInfluencers(String decisionId, int depth, LocalDate asOf, Page page, InfluenceOptions o) {
        return explain(rankDecision(decisionId, depth, asOf, o), page);
    }

    public InfluenceResult accountInfluencers(NodeKind kind, String id, LocalDate asOf, Page page, InfluenceOptions o) {
        return explain(rankAccount(kind, id, asOf, o), page);
    }

    /** A page of a ranking, explained: positions, coverage, DMU roles and chains of the people shown. */
    public InfluenceResult explain(Ranked ranked, Page page) {
        InfluenceRanking r = ranked.ranking();
        Projection p = r.projection();
        int total = r.people().length;
        List<Integer> positions = page.window().positions(total);
        List<Integer> shown = positions.stream().map(i -> r.people()[i]).toList();
        // The two reads are independent: positions and coverage load while the chains are traced and their hops read.
        var scope = org.kamgraph.cypher.AccessScope.current(); // the reading thread narrows its reads like this one
        CompletableFuture<Map<String, PersonDetails>> details = CompletableFuture.supplyAsync(
                () -> org.kamgraph.cypher.AccessScope.with(scope, () -> explainer.details(p, shown, ranked.decision(), ranked.asOf())), READS);
        List<List<Step>> allChains = new ArrayList<>();
        List<Integer> chainCounts = new ArrayList<>();
        for (int v : shown) {
            List<List<Step>> c = r.chains(v, page.chains());
            allChains.addAll(c);
            chainCounts.add(c.size());
        }
        List<Chain> chains = explainer.chains(p, allChains, ranked.spec());
        List<Influencer> rows = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < shown.size(); i++) {
            int v = shown.get(i);
            PersonDetails d = Summaries.of(details.join(), p, v);
            List<Chain> mine = chains.subList(next, next + chainCounts.get(i));
            next += chainCounts.get(i);
            rows.add(new Influencer(Summaries.node(p, v), r.scores()[v], r.rank()[v], d.dmuRoles(), Summaries.positions(d),
                    Summaries.coverage(d), !d.coverage().isEmpty(), List.copyOf(mine), Cursors.cursor(positions.get(i))));
        }
        var c = r.convergence();
        return new InfluenceResult(ranked.subject(), ranked.seeds(), p.vertexCount(), p.edgeCount(), ranked.projectionMillis(),
                ranked.algorithmMillis(), new Convergence(c.iterations(), c.finalChange(), c.converged()), total, rows,
                page.window().info(total, rows, Influencer::cursor));
    }
}
