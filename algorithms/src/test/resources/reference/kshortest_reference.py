#!/usr/bin/env python3
"""Reference k shortest loopless paths for org.kamgraph.algorithms.paths.KShortestPaths, computed with NetworkX.

Run from this directory after paths_reference.py (NetworkX 3.6.1 was used for the committed output):

    python3 kshortest_reference.py

It reads the test graphs of paths_graphs.txt (see paths_reference.py for the graphs and for how a transform turns
the integer weight w of an edge into its length) and writes, next to itself,

  kshortest_expected.csv  query,graph,transform,sources,target,k,rank,length,vertices
                          one row per path of nx.shortest_simple_paths(G, S, target, weight='len'), shortest first,
                          where S is a super-source joined to every source by an arc of length 0 (so a path may start
                          at any source; S is dropped from the vertices written). Rows go on past rank k-1 while the
                          length equals that of rank k-1 (within 1e-9), so that the Java test can accept any order
                          among equally long paths (NetworkX orders them by discovery). sources and vertices are
                          space-separated; length is repr of the sum of the lengths along the path, in path order.
Every query here has at least one path; unreachable targets are tested in Java alone.
"""
import csv
import math
import os

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
SUPER = "S"

# (graph, transform, sources, target, k)
QUERIES = [
    ("directed", "IDENTITY", [0], 8, 10),
    ("directed", "NEG_LOG", [0], 8, 10),
    ("directed", "NONE", [0, 7], 5, 6),
    ("directed", "INVERSE", [7, 2], 6, 8),
    ("directed", "IDENTITY", [0, 3], 3, 5),        # the target is a source
    ("karate", "NEG_LOG", [0], 33, 25),
    ("karate", "INVERSE", [0, 5, 16], 26, 20),
    ("karate", "IDENTITY", [1], 30, 15),
    ("karate", "NONE", [0], 33, 8),
    ("random_directed", "NEG_LOG", [0], 39, 30),
    ("random_directed", "IDENTITY", [1, 2, 3], 20, 25),
    ("disconnected", "INVERSE", [8], 10, 10),
]


def read_graphs():
    graphs = {}
    header, edges = None, None
    with open(os.path.join(HERE, "paths_graphs.txt")) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            parts = line.split()
            if parts[0] == "graph":
                header, edges = parts, []
            elif parts[0] == "end":
                graphs[header[1]] = (header[2] == "directed", int(header[3]), int(header[4]), edges)
            else:
                edges.append(tuple(int(x) for x in parts))
    return graphs


def length(transform, w, divisor):
    if transform == "NONE":
        return 1.0
    if transform == "IDENTITY":
        return float(w)
    if transform == "INVERSE":
        return 1.0 / w
    return -math.log(w / divisor)


def main():
    graphs = read_graphs()
    rows = []
    for q, (name, transform, sources, target, k) in enumerate(QUERIES):
        directed, n, divisor, edges = graphs[name]
        g = nx.DiGraph() if directed else nx.Graph()
        g.add_nodes_from(range(n))
        for u, v, w in edges:
            g.add_edge(u, v, len=length(transform, w, divisor))
        # Arcs from the super-source only, even in an undirected graph, so that no path passes through it.
        h = nx.DiGraph(g) if not directed else g.copy()
        for s in sources:
            h.add_edge(SUPER, s, len=0.0)
        paths = []
        try:
            for p in nx.shortest_simple_paths(h, SUPER, target, weight="len"):
                total = sum(h[a][b]["len"] for a, b in zip(p, p[1:]))
                if len(paths) >= k and abs(total - paths[k - 1][0]) > 1e-9:
                    break
                paths.append((total, p[1:]))
        except nx.NetworkXNoPath:
            pass
        for rank, (total, p) in enumerate(paths):
            rows.append((q, name, transform, " ".join(map(str, sources)), target, k, rank, repr(total),
                         " ".join(map(str, p))))
    with open(os.path.join(HERE, "kshortest_expected.csv"), "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["query", "graph", "transform", "sources", "target", "k", "rank", "length", "vertices"])
        w.writerows(rows)
    print("%d rows" % len(rows))


if __name__ == "__main__":
    main()
