package org.kamgraph.analytics.keyaccounts;

import java.util.HashMap;
import java.util.Map;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.rank.PageRank;
import org.kamgraph.cypher.projection.Projection;

/**
 * Each person's share of the network's influence: PageRank (damping 0.85, Brin and Page 1998) over an influence
 * projection whose edges point to whoever has a say, normalised over people so that all people's shares add up to 1.
 * Arcs of strength 0 carry no influence and are dropped. O(iterations × (n + m)).
 */
public final class InfluenceShares {
    private InfluenceShares() {
    }

    /** Shares keyed by element id; people with no score are left out. */
    public static Map<String, Double> of(Projection p) {
        Map<String, Double> out = new HashMap<>();
        if (p.vertexCount() == 0) {
            return out;
        }
        CompactGraph g = p.compact().positiveWeightsOnly();
        double[] scores = new PageRank(g, 0.85, 100, 1e-6, true, PageRank.Output.DISTRIBUTION).scoreArray();
        double total = 0;
        for (int v = 0; v < p.vertexCount(); v++) {
            if (p.kind(v).isPerson()) {
                total += scores[v];
            }
        }
        for (int v = 0; v < p.vertexCount(); v++) {
            if (p.kind(v).isPerson() && scores[v] > 0) {
                out.put(p.elementId(v), total > 0 ? scores[v] / total : 0);
            }
        }
        return out;
    }
}
