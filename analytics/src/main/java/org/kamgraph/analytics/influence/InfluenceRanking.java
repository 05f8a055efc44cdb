package org.kamgraph.analytics.influence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.Convergence;
import org.kamgraph.algorithms.paths.ArcPath;
import org.kamgraph.algorithms.paths.KShortestPaths;
import org.kamgraph.algorithms.paths.LengthTransform;
import org.kamgraph.algorithms.paths.StrongestChains;
import org.kamgraph.algorithms.rank.PageRank;
import org.kamgraph.algorithms.rank.PersonalizedPageRank;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.model.NodeKind;

/**
 * An influence ranking over a projection whose edges u → v mean "v has a say over u"
 * ({@code InfluenceProjections.towardInfluencers}): personalized PageRank teleporting to the seeds (where influence
 * lands), or plain PageRank without seeds; people ordered by score; and for any person the strongest chains from
 * them to a seed (shortest under -ln(weight)), the walk's way back read in the direction influence travels.
 */
public final class InfluenceRanking {
    private final Projection projection;
    private final CompactGraph graph;
    private final int[] seeds;
    private final double[] scores;
    private final Convergence convergence;
    /** People (Person, Clinician) by score, highest first, ties by id. */
    private final int[] people;
    /** Rank of each vertex among people (ties share), 0 for other vertices. */
    private final int[] rank;
    private StrongestChains tree;

    /** Ranks people of {@code projection} on {@code graph} (its primitive copy, or a what-if variant of it). */
    public InfluenceRanking(Projection projection, CompactGraph graph, int[] seeds, InfluenceOptions o) {
        this.projection = projection;
        this.graph = graph;
        this.seeds = seeds;
        if (seeds.length > 0) {
            Map<Integer, Double> biases = new LinkedHashMap<>();
            for (int s : seeds) {
                biases.put(s, 1.0);
            }
            PersonalizedPageRank ppr = new PersonalizedPageRank(graph, biases, o.dampingFactor(), o.maxIterations(),
                    o.tolerance(), true, PageRank.Output.DISTRIBUTION);
            scores = ppr.scoreArray();
            convergence = ppr.convergence();
        } else {
            PageRank pr = new PageRank(graph, o.dampingFactor(), o.maxIterations(), o.tolerance(), true, PageRank.Output.DISTRIBUTION);
            scores = pr.scoreArray();
            convergence = pr.convergence();
        }
        int n = projection.vertexCount();
        List<Integer> ps = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (ranked(projection.kind(v))) {
                ps.add(v);
            }
        }
        Ranks ranks = Ranks.of(projection, ps, scores);
        people = ranks.order();
        rank = ranks.rank();
    }

    /**
     * Where influence lands in an account: its committees and decisions (the walk teleports to them), in vertex order.
     */
    public static int[] accountSeeds(Projection p) {
        return java.util.stream.IntStream.range(0, p.vertexCount())
                .filter(v -> p.kind(v) == NodeKind.COMMITTEE || p.kind(v) == NodeKind.DECISION).toArray();
    }

    /** Whether nodes of kind {@code k} are ranked: people (Person, Clinician). */
    static boolean ranked(NodeKind k) {
        return k == NodeKind.PERSON || k == NodeKind.CLINICIAN;
    }

    /**
     * Up to {@code k} strongest chains explaining {@code v}'s score, as steps in the direction influence travels.
     * With seeds: chains from {@code v} to a seed (none for a seed itself); k = 1 reads one shortest-path tree
     * shared by all people, k &gt; 1 runs Yen's algorithm. Without seeds: {@code v}'s strongest direct ties to the
     * people it has a say over, weighted by their scores.
     */
    public List<List<Step>> chains(int v, int k) {
        if (k < 1) {
            return List.of();
        }
        List<List<Step>> out = new ArrayList<>();
        if (seeds.length == 0) {
            Integer[] arcs = new Integer[graph.inDegree(v)];
            for (int i = 0; i < arcs.length; i++) {
                arcs[i] = graph.inStart(v) + i;
            }
            Arrays.sort(arcs, (a, b) -> Double.compare(graph.inWeights()[b] * scores[graph.inSources()[b]],
                    graph.inWeights()[a] * scores[graph.inSources()[a]]));
            for (int i = 0; i < Math.min(k, arcs.length); i++) {
                out.add(List.of(new Step(v, graph.inSources()[arcs[i]], graph.inWeights()[arcs[i]], true)));
            }
            return out;
        }
        if (k == 1) {
            if (tree == null) {
                tree = new StrongestChains(graph, LengthTransform.NEG_LOG, seedList());
            }
            tree.chain(v).filter(p -> p.hops() > 0).ifPresent(p -> out.add(Chains.against(p, graph)));
            return out;
        }
        for (ArcPath p : new KShortestPaths(graph, LengthTransform.NEG_LOG).paths(seedList(), v, k + 1)) {
            if (p.hops() > 0 && out.size() < k) {
                out.add(Chains.against(p, graph));
            }
        }
        return out;
    }

    /** Where the walk teleports to (shared array: do not modify). */
    public int[] seeds() {
        return seeds;
    }

    public Projection projection() {
        return projection;
    }

    /** How the walk converged. */
    public Convergence convergence() {
        return convergence;
    }

    /** People by score, highest first (shared array: do not modify). */
    public int[] people() {
        return people;
    }

    /** Rank among people of each vertex, 0 for other vertices (shared array: do not modify). */
    public int[] rank() {
        return rank;
    }

    /** Score of each vertex (shared array: do not modify). */
    public double[] scores() {
        return scores;
    }

    private List<Integer> seedList() {
        return Arrays.stream(seeds).boxed().toList();
    }
}
