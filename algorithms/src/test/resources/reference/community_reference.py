#!/usr/bin/env python3
"""Reference values for org.kamgraph.algorithms.community, computed with NetworkX.

Run from this directory (NetworkX 3.6.1 was used for the committed output):

    python3 community_reference.py

It writes, next to itself:

  community_graphs.txt    the test graphs other than karate and florentine (which are read from karate_edges.csv and
                          florentine_edges.csv, written by make_reference.py). A block per graph:
                              graph <name> <directed|undirected> <n>
                              <u> <v> <w>          one line per edge or arc, vertices 0..n-1, weight w (repr)
                              end
  community_expected.csv  graph,weighted,partition,modularity,communities
                          weighted: 1 = edge weights used, 0 = every edge weight 1 (weight=None in NetworkX; not
                          for directed_sum);
                          partition: 'greedy' = nx.community.greedy_modularity_communities(G, weight=...),
                          'greedy@<gamma>' the same with resolution=gamma, else the name of a partition given to
                          nx.community.modularity(G, communities, weight=...);
                          modularity: repr of nx.community.modularity of that partition (resolution=gamma for
                          greedy@<gamma>);
                          communities: members space-separated, communities separated by '|', in the canonical order
                          of the Java Partition (descending size, then smallest member).

Graphs:
  karate          Zachary's karate club (karate_edges.csv: the 'weight' attribute 1..7 of nx.karate_club_graph())
  florentine      Padgett's Florentine families (florentine_edges.csv, every weight 1)
  directed_sum    a small digraph with reciprocal arcs, a self-loop and an isolated vertex; NetworkX sees it as the
                  undirected nx.Graph whose edge weight is the sum of the weights of the arcs between the two vertices
                  (the Java side reads any directed graph this way)
  random_weighted nx.gnm_random_graph(300, 1500, seed=11), weights random.Random(11).randint(1, 16) / 4 (dyadic, so
                  weighted degrees are exact in any summation order and ties are the same on both sides)
  random_plain    nx.gnm_random_graph(400, 1200, seed=5), unweighted: many exactly tied merges
  cliques         a ring of six 5-cliques joined by single edges, a separate triangle and two isolated vertices
Given partitions: club (karate: the 'club' attribute, Mr. Hi = 0 / Officer = 1), singletons, whole (one community),
random (random.Random(3).randrange(4) per vertex).
"""
import csv
import os
import random

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def read_edges(name):
    with open(os.path.join(HERE, name + "_edges.csv")) as f:
        rows = list(csv.DictReader(f))
    g = nx.Graph()
    n = 1 + max(max(int(r["source"]), int(r["target"])) for r in rows)
    g.add_nodes_from(range(n))
    g.add_weighted_edges_from((int(r["source"]), int(r["target"]), float(r["weight"])) for r in rows)
    return g


def directed_sum():
    arcs = [(0, 1, 1.5), (1, 0, 0.5), (1, 2, 2.0), (2, 0, 1.0), (2, 3, 0.25), (3, 4, 3.0), (4, 3, 1.0),
            (4, 5, 2.0), (5, 3, 1.0), (5, 5, 0.75), (3, 6, 0.5), (6, 7, 1.0), (7, 8, 2.0), (8, 6, 1.0)]
    return 10, arcs  # vertex 9 is isolated


def summed(n, arcs):
    g = nx.Graph()
    g.add_nodes_from(range(n))
    for u, v, w in arcs:
        if g.has_edge(u, v):
            g[u][v]["weight"] += w
        else:
            g.add_edge(u, v, weight=w)
    return g


def random_weighted():
    r = nx.gnm_random_graph(300, 1500, seed=11)
    rnd = random.Random(11)
    return [(u, v, rnd.randint(1, 16) / 4) for u, v in sorted(r.edges())], 300


def random_plain():
    r = nx.gnm_random_graph(400, 1200, seed=5)
    return [(u, v, 1.0) for u, v in sorted(r.edges())], 400


def cliques():
    edges = []
    for c in range(6):
        base = 5 * c
        edges += [(base + i, base + j, 1.0) for i in range(5) for j in range(i + 1, 5)]
        edges.append((base + 4, (base + 5) % 30, 1.0))
    edges += [(30, 31, 1.0), (31, 32, 1.0), (30, 32, 1.0)]
    return edges, 35  # 33 and 34 are isolated


def canonical(communities):
    comms = [sorted(c) for c in communities]
    comms.sort(key=lambda c: (-len(c), c[0]))
    return comms


def main():
    blocks = []  # (name, directed, n, edges) written to community_graphs.txt
    graphs = []  # (name, nx graph, given partitions)
    karate = read_edges("karate")
    assert sorted(karate.edges()) == sorted(nx.karate_club_graph().edges())
    club = {v: (0 if d["club"] == "Mr. Hi" else 1) for v, d in nx.karate_club_graph().nodes(data=True)}
    graphs.append(("karate", karate, {"club": [[v for v in karate if club[v] == c] for c in (0, 1)]}))
    graphs.append(("florentine", read_edges("florentine"), {}))
    n, arcs = directed_sum()
    blocks.append(("directed_sum", True, n, arcs))
    graphs.append(("directed_sum", summed(n, arcs), {}))
    for name, (edges, n) in (("random_weighted", random_weighted()), ("random_plain", random_plain()),
                             ("cliques", cliques())):
        blocks.append((name, False, n, edges))
        graphs.append((name, summed(n, edges), {}))

    with open(os.path.join(HERE, "community_graphs.txt"), "w") as out:
        out.write("# written by community_reference.py (NetworkX %s)\n" % nx.__version__)
        for name, directed, n, edges in blocks:
            out.write("graph %s %s %d\n" % (name, "directed" if directed else "undirected", n))
            for u, v, w in edges:
                out.write("%d %d %r\n" % (u, v, float(w)))
            out.write("end\n")

    rows = []
    for name, g, given in graphs:
        n = g.number_of_nodes()
        rnd = random.Random(3)
        labels = [rnd.randrange(4) for _ in range(n)]
        partitions = dict(given)
        partitions["singletons"] = [[v] for v in range(n)]
        partitions["whole"] = [list(range(n))]
        partitions["random"] = [[v for v in range(n) if labels[v] == c] for c in range(4)]
        # weighted=0 is skipped for directed_sum: unit arc weights summed over both directions are not unit weights
        for weighted in ((1,) if name == "directed_sum" else (1, 0)):
            wt = "weight" if weighted else None
            found = nx.community.greedy_modularity_communities(g, weight=wt)
            for pname, comms in [("greedy", found)] + list(partitions.items()):
                comms = canonical(c for c in comms if c)
                q = nx.community.modularity(g, comms, weight=wt)
                rows.append((name, weighted, pname, repr(float(q)), "|".join(" ".join(map(str, c)) for c in comms)))
            if name in ("karate", "random_weighted"):
                for gamma in (0.5, 2.0):
                    comms = canonical(nx.community.greedy_modularity_communities(g, weight=wt, resolution=gamma))
                    q = nx.community.modularity(g, comms, weight=wt, resolution=gamma)
                    rows.append((name, weighted, "greedy@%r" % gamma, repr(float(q)),
                                 "|".join(" ".join(map(str, c)) for c in comms)))

    with open(os.path.join(HERE, "community_expected.csv"), "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["graph", "weighted", "partition", "modularity", "communities"])
        w.writerows(rows)
    print("%d rows" % len(rows))


if __name__ == "__main__":
    main()
