package org.kamgraph.algorithms.centrality;

/** The centrality measures that can be run on a projection by name. */
public enum CentralityAlgorithm {
    PAGERANK, PERSONALIZED_PAGERANK, BETWEENNESS, SAMPLED_BETWEENNESS, CLOSENESS, HARMONIC, EIGENVECTOR, KATZ, DEGREE;

    /** Whether the measure runs a shortest-path search from every vertex (cost grows with n·m). */
    public boolean isAllPairs() {
        return this == BETWEENNESS || this == CLOSENESS || this == HARMONIC;
    }
}
