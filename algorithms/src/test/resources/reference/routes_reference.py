#!/usr/bin/env python3
"""Reference hop-bounded k best routes for org.kamgraph.algorithms.paths.HopBoundedPaths (and the hop-bounded
KShortestPaths methods), computed with NetworkX.

Run from this directory after paths_reference.py (NetworkX 3.6.1 was used for the committed output):

    python3 routes_reference.py

It reads the test graphs of paths_graphs.txt (see paths_reference.py for the graphs, and for how a transform turns
the integer weight w of an edge into its length; the weight the Java test gives an edge is w, or w / D for NEG_LOG)
and writes, next to itself,

  routes_expected.csv  query,graph,transform,ranking,sources,targets,k,max_hops,rank,length,bottleneck,hops,vertices
                       the best loopless routes with at most max_hops arcs from any source to any target, best
                       first, where targets are absorbing (a route ends at the first target it reaches, so it never
                       passes through another target) and a source that is a target gives the route of that vertex
                       alone (length 0, bottleneck inf). Rows go on past rank k-1 while the ranking values equal those
                       of rank k-1 (lengths within 1e-9), so that the Java test can accept any order among ties.
                       sources, targets and vertices are space-separated; length is repr of the sum of the edge
                       lengths in route order; bottleneck is repr of the smallest edge weight on the route.

Rankings:
  SHORTEST  by length, then hops.
  WIDEST    by bottleneck (largest first), then length, then hops.
Both by brute force: every loopless route with at most max_hops arcs (a depth-first search that stops at
targets), sorted. SHORTEST queries are cross-checked against nx.shortest_simple_paths on the graph with a
super-source "S" (arcs of length 0 to every source), a super-sink "T" (arcs of length 0 from every target) and no
arcs out of the targets, keeping the routes with at most max_hops arcs, whenever that generator reaches rank k
within 2,000 routes (it lists routes of any hop count in order of length, so it is hopeless where many short
routes have too many hops); the script says which queries it cross-checked.
"""
import csv
import math
import os

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))

# (graph, transform, ranking, sources, targets, k, max_hops)
QUERIES = [
    ("directed", "IDENTITY", "SHORTEST", [0], [8], 10, 4),
    ("directed", "IDENTITY", "SHORTEST", [0], [8], 10, 20),       # bound never binding: plain k shortest
    ("directed", "NONE", "SHORTEST", [0, 7], [5, 6], 6, 3),
    ("directed", "IDENTITY", "WIDEST", [0], [8], 10, 5),
    ("directed", "INVERSE", "WIDEST", [7], [6, 8], 8, 4),
    ("directed", "IDENTITY", "WIDEST", [0, 3], [3, 8], 5, 4),     # a source that is a target
    ("directed", "NEG_LOG", "SHORTEST", [0, 3], [3, 8], 5, 4),
    ("karate", "INVERSE", "SHORTEST", [0], [33], 15, 3),
    ("karate", "IDENTITY", "SHORTEST", [0], [33], 15, 4),
    ("karate", "NEG_LOG", "WIDEST", [2], [33], 15, 4),
    ("karate", "NONE", "SHORTEST", [0], [33], 10, 2),
    ("karate", "IDENTITY", "WIDEST", [0], [33], 12, 3),
    ("karate", "NEG_LOG", "WIDEST", [0, 5], [26, 33], 10, 3),
    ("karate", "IDENTITY", "SHORTEST", [1], [30, 32, 33], 12, 3),
    ("karate", "NONE", "WIDEST", [16], [25, 29], 8, 4),
    ("random_directed", "NEG_LOG", "SHORTEST", [0], [39], 20, 5),
    ("random_directed", "IDENTITY", "WIDEST", [1, 2, 3], [20, 21], 15, 5),
    ("random_directed", "IDENTITY", "SHORTEST", [1, 2, 3], [20], 25, 6),
    ("random_directed", "INVERSE", "WIDEST", [5], [10, 11, 12, 13], 20, 6),
    ("disconnected", "INVERSE", "SHORTEST", [8], [10], 10, 3),
    ("disconnected", "IDENTITY", "WIDEST", [0, 4], [3, 7], 6, 2),
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


def weight(transform, w, divisor):
    return w / divisor if transform == "NEG_LOG" else float(w)


def arcs_of(directed, n, edges, transform, divisor):
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    for u, v, w in edges:
        for a, b in ([(u, v)] if directed else [(u, v), (v, u)]):
            g.add_edge(a, b, len=length(transform, w, divisor), wt=weight(transform, w, divisor))
    return g


def measure(g, p):
    total = sum(g[a][b]["len"] for a, b in zip(p, p[1:]))
    bottleneck = min((g[a][b]["wt"] for a, b in zip(p, p[1:])), default=math.inf)
    return total, bottleneck


def brute_force(g, sources, targets, max_hops):
    targets = set(targets)
    routes = []

    def extend(path):
        v = path[-1]
        if v in targets:
            routes.append(list(path))
            return
        if len(path) - 1 == max_hops:
            return
        for w in sorted(g.successors(v)):
            if w not in path:
                path.append(w)
                extend(path)
                path.pop()

    for s in sources:
        extend([s])
    return routes


def with_ties(ranked, k, same):
    out = []
    for r in ranked:
        if len(out) >= k and not same(r, out[k - 1]):
            break
        out.append(r)
    return out


def shortest(g, sources, targets, k, max_hops):
    h = g.copy()
    for t in targets:
        h.remove_edges_from(list(h.out_edges(t)))
    for s in sources:
        h.add_edge("S", s, len=0.0)
    for t in targets:
        h.add_edge(t, "T", len=0.0)
    out = []
    generated = 0
    try:
        for p in nx.shortest_simple_paths(h, "S", "T", weight="len"):
            generated += 1
            if generated > 2000:
                return None
            route = p[1:-1]
            if len(route) - 1 > max_hops:
                continue
            total, bottleneck = measure(g, route)
            if len(out) >= k and abs(total - out[k - 1][0]) > 1e-9:
                break
            out.append((total, bottleneck, route))
    except nx.NetworkXNoPath:
        pass
    return out


def main():
    graphs = read_graphs()
    rows = []
    checked = []
    for q, (name, transform, ranking, sources, targets, k, max_hops) in enumerate(QUERIES):
        directed, n, divisor, edges = graphs[name]
        g = arcs_of(directed, n, edges, transform, divisor)
        every = [(measure(g, p) + (p,)) for p in brute_force(g, sources, targets, max_hops)]
        if ranking == "SHORTEST":
            routes = with_ties(sorted(every, key=lambda r: (r[0], len(r[2]))), k,
                               lambda a, b: abs(a[0] - b[0]) <= 1e-9)
            nx_routes = shortest(g, sources, targets, k, max_hops)
            if nx_routes is not None:
                assert [round(r[0], 9) for r in nx_routes[:k]] == [round(r[0], 9) for r in routes[:k]], q
                assert sorted(map(tuple, (r[2] for r in nx_routes))) == sorted(map(tuple, (r[2] for r in routes))), q
                checked.append(q)
        else:
            routes = with_ties(sorted(every, key=lambda r: (-r[1], r[0], len(r[2]))), k,
                               lambda a, b: a[1] == b[1] and abs(a[0] - b[0]) <= 1e-9)
        assert routes, "query %d has no route" % q
        for rank, (total, bottleneck, p) in enumerate(routes):
            rows.append((q, name, transform, ranking, " ".join(map(str, sources)), " ".join(map(str, targets)), k,
                         max_hops, rank, repr(float(total)), repr(float(bottleneck)), len(p) - 1,
                         " ".join(map(str, p))))
    with open(os.path.join(HERE, "routes_expected.csv"), "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["query", "graph", "transform", "ranking", "sources", "targets", "k", "max_hops", "rank", "length",
                    "bottleneck", "hops", "vertices"])
        w.writerows(rows)
    print("%d rows; SHORTEST queries cross-checked with nx.shortest_simple_paths: %s" % (len(rows), checked))


if __name__ == "__main__":
    main()
