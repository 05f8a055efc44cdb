package org.kamgraph.algorithms.rank;

import java.util.ArrayList;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultUndirectedGraph;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.opt.graph.sparse.SparseIntDirectedWeightedGraph;

/** Small hand-made graphs. */
final class Fixtures {
    private Fixtures() {
    }

    /** 0 -> 1 -> 2 -> 0. */
    static Graph<Integer, DefaultEdge> threeCycle() {
        SimpleDirectedGraph<Integer, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
        for (int v = 0; v < 3; v++) {
            g.addVertex(v);
        }
        g.addEdge(0, 1);
        g.addEdge(1, 2);
        g.addEdge(2, 0);
        return g;
    }

    /** Undirected star: centre 0, leaves 1..k. */
    static Graph<Integer, DefaultEdge> star(int k) {
        DefaultUndirectedGraph<Integer, DefaultEdge> g = new DefaultUndirectedGraph<>(DefaultEdge.class);
        g.addVertex(0);
        for (int v = 1; v <= k; v++) {
            g.addVertex(v);
            g.addEdge(0, v);
        }
        return g;
    }

    static Graph<Integer, DefaultEdge> directedPath(int n) {
        SimpleDirectedGraph<Integer, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
        for (int v = 0; v < n; v++) {
            g.addVertex(v);
        }
        for (int v = 0; v + 1 < n; v++) {
            g.addEdge(v, v + 1);
        }
        return g;
    }

    static final int HOME = 0;
    static final int ABOUT = 1;
    static final int PRODUCT = 2;
    static final int LINKS = 3;
    static final int SITE_A = 4;

    /**
     * The example web graph of the Neo4j GDS PageRank manual
     * (https://neo4j.com/docs/graph-data-science/current/algorithms/page-rank/): Home, About, Product, Links,
     * Site A..D as 0..7, with the manual's relationship weights.
     */
    static SparseIntDirectedWeightedGraph gdsExample() {
        List<Triple<Integer, Integer, Double>> edges = new ArrayList<>(List.of(
                Triple.of(HOME, ABOUT, 0.2), Triple.of(HOME, LINKS, 0.2), Triple.of(HOME, PRODUCT, 0.6),
                Triple.of(ABOUT, HOME, 1.0), Triple.of(PRODUCT, HOME, 1.0), Triple.of(LINKS, HOME, 0.8)));
        for (int site = SITE_A; site < SITE_A + 4; site++) {
            edges.add(Triple.of(site, HOME, 1.0));
            edges.add(Triple.of(LINKS, site, 0.05));
        }
        return new SparseIntDirectedWeightedGraph(8, edges);
    }

    /** Scores in the GDS manual order Home, About, Product, Links, Site A, B, C, D. */
    static double[] gds(double home, double about, double product, double links, double site) {
        return new double[] {home, about, product, links, site, site, site, site};
    }
}
