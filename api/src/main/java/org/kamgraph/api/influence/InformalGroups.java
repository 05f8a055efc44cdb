package org.kamgraph.api.influence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.community.GreedyModularity;
import org.kamgraph.algorithms.community.LabelPropagation;
import org.kamgraph.algorithms.community.Partition;
import org.kamgraph.algorithms.rank.PageRank;
import org.kamgraph.api.influence.InfluenceViews.Group;
import org.kamgraph.api.influence.InfluenceViews.GroupMember;
import org.kamgraph.api.influence.InfluenceViews.GroupResult;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.influence.InfluenceProjections;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.cypher.projection.Scope;
import org.kamgraph.model.NodeKind;

/**
 * Informal groups: communities of an account's influence network taken as undirected, each led by its most
 * influential member (PageRank with edges turned toward influencers, so score gathers where influence starts).
 */
public final class InformalGroups {
    public enum Method { GREEDY_MODULARITY, LABEL_PROPAGATION }

    static final int MAX_MEMBERS_SHOWN = 50;
    private final InfluenceService influence;

    public InformalGroups(InfluenceService influence) {
        this.influence = influence;
    }

    public GroupResult find(NodeKind kind, String id, Method method, int minSize, long seed, LocalDate asOf) {
        if (minSize < 1) {
            throw new BadInputException("minSize", "must be at least 1, was " + minSize);
        }
        var subject = influence.subject(kind, id, "account");
        Projection p = influence.projections.get(InfluenceProjections.influenceNetwork(new Scope.Account(kind, id), asOf));
        CompactGraph g = influence.compact.of(p);
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
            if (members.length < minSize) {
                continue;
            }
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
                    .map(v -> new GroupMember(Explainer.node(p, v), score[v])).toList();
            groups.add(new Group(members.length, Explainer.node(p, byScore[0]), shown, internal, external));
        }
        return new GroupResult(subject, method.name(), n == 0 ? 0 : partition.modularity(), n, unconnected, groups);
    }
}
