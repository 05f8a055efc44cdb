package org.kamgraph.analytics.influence;

import java.util.ArrayList;
import java.util.List;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.paths.ArcPath;
import org.kamgraph.analytics.influence.InfluenceViews.Chain;
import org.kamgraph.analytics.influence.InfluenceViews.Hop;

/** Paths of the algorithms turned into chains of steps, and chains of steps into the chains an answer shows. */
public final class Chains {
    private Chains() {
    }

    /** A path read as it runs (our team → ... → a stakeholder): each vertex reaches the next. */
    public static List<Step> along(ArcPath path, CompactGraph g) {
        int[] vs = path.vertices();
        int[] arcs = path.arcs();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < arcs.length; i++) {
            steps.add(new Step(vs[i], vs[i + 1], g.outWeights()[arcs[i]], false));
        }
        return steps;
    }

    /**
     * A walk path seed → ... → v on a graph whose arcs point toward influencers, turned into steps v → ... → seed:
     * each vertex has a say over the one before it, so the chain reads in the direction influence travels.
     */
    public static List<Step> against(ArcPath path, CompactGraph g) {
        int[] vs = path.vertices();
        int[] arcs = path.arcs();
        List<Step> steps = new ArrayList<>();
        for (int i = arcs.length - 1; i >= 0; i--) {
            steps.add(new Step(vs[i + 1], vs[i], g.outWeights()[arcs[i]], true));
        }
        return steps;
    }

    /** The strength of a chain: the product of its projected hop weights (the weights each hop shows). */
    public static double strength(List<Step> chain) {
        double strength = 1;
        for (Step s : chain) {
            strength *= s.weight();
        }
        return strength;
    }

    /** The chains with their strengths and the hops read for them ({@code hops.get(i)} belongs to {@code chains.get(i)}). */
    public static List<Chain> shown(List<List<Step>> chains, List<List<Hop>> hops) {
        List<Chain> out = new ArrayList<>();
        for (int i = 0; i < chains.size(); i++) {
            out.add(new Chain(strength(chains.get(i)), hops.get(i)));
        }
        return out;
    }
}
