package org.kamgraph.analytics.influence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.community.GreedyModularity;
import org.kamgraph.algorithms.community.LabelPropagation;
import org.kamgraph.algorithms.community.Partition;
import org.kamgraph.algorithms.rank.PageRank;
import org.kamgraph.analytics.influence.InfluenceViews.Group;
import org.kamgraph.analytics.influence.InfluenceViews.GroupMember;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.projection.Projection;

/**
 * Informal groups of an influence network taken as undirected: its communities (greedy modularity or label
 * propagation), each led by its most influential member (PageRank with edges turned toward influencers, so score
 * gathers where influence starts), with the edges inside the group and those leaving or entering it.
 *
 * @param modularity  the partition's modularity (0 for an empty network)
 * @param people      the vertices of the network
 * @param unconnected the vertices without any edge
 * @param groups      the communities of at least the minimum size, in the partition's order
 */
public record InfluenceGroups(double modularity, int people, int unconnected, List<Group> groups) {
    /** How the communities are found. */
    public enum Method { GREEDY_MODULARITY, LABEL_PROPAGATION }

    /** Members shown of each group (the most influential first). */
    public static final int MAX_MEMBERS_SHOWN = 50;

    /** The groups of at least {@code minSize} people of {@code p} ({@code g} its primitive copy). */
    public static InfluenceGroups of(Projection p, CompactGraph g, Method method, int minSize, long seed) {
        checkMinSize(minSize);
        int n = p.vertexCount();
        Partition partition = method == Method.LABEL_PROPAGATION ? new LabelPropagation(g, seed, LabelPropagation.DEFAULT_MAX_ITERATIONS).partition()
                : new GreedyModularity(g).partition();
        double[] score = n == 0 ? new double[0] : new PageRank(g.reversed(), 0.85, 100, 1e-6, true, PageRank.Output.DISTRIBUTION).scoreArray();
        int unconnected = 0;
        for (int v = 0; v < n; v++) {
            if (g.outDegree(v) + g.inDegree(v) == 0) {
                unconnected++;
            }
        }
        List<Group> groups = new ArrayList<>();
        for (int c = 0; c < partition.communityCount(); c++) {
            int[] members = partition.members(c);
            if (members.length >= minSize) {
                groups.add(group(p, g, partition, c, members, score));
            }
        }
        return new InfluenceGroups(n == 0 ? 0 : partition.modularity(), n, unconnected, groups);
    }

    /** Fails with BAD_REQUEST unless a group may have {@code minSize} people. */
    public static void checkMinSize(int minSize) {
        if (minSize < 1) {
            throw new BadInputException("minSize", "must be at least 1, was " + minSize);
        }
    }

    private static Group group(Projection p, CompactGraph g, Partition partition, int c, int[] members, double[] score) {
        Integer[] byScore = Arrays.stream(members).boxed().toArray(Integer[]::new);
        Arrays.sort(byScore, (a, b) -> {
            int d = Double.compare(score[b], score[a]);
            return d != 0 ? d : p.id(a).compareTo(p.id(b));
        });
        int internal = 0;
        int external = 0;
        for (int v : members) {
            for (int a = g.outStart(v); a < g.outEnd(v); a++) {
                if (partition.communityOf(g.outTargets()[a]) == c) {
                    internal++;
                } else {
                    external++;
                }
            }
            for (int a = g.inStart(v); a < g.inEnd(v); a++) {
                if (partition.communityOf(g.inSources()[a]) != c) {
                    external++;
                }
            }
        }
        List<GroupMember> shown = Arrays.stream(byScore).limit(MAX_MEMBERS_SHOWN)
                .map(v -> new GroupMember(Summaries.node(p, v), score[v])).toList();
        return new Group(members.length, Summaries.node(p, byScore[0]), shown, internal, external);
    }
}
