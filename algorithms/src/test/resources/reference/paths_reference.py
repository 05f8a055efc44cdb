#!/usr/bin/env python3
"""Reference values for org.kamgraph.algorithms.paths, computed with NetworkX.

Run from this directory (NetworkX 3.6.1 was used for the committed output):

    python3 paths_reference.py

It writes, next to itself:

  paths_graphs.txt    the test graphs. A block per graph:
                          graph <name> <directed|undirected> <n> <neglog_divisor>
                          <u> <v> <w>          one line per edge, vertices 0..n-1, integer weight w
                          end
  paths_expected.csv  graph,transform,measure,vertex,value  (value printed with repr, i.e. round-trip exact)
  paths_samples.csv   graph,transform,k,seed,sources  (the sources NetworkX sampled, space-separated)

Graphs:
  karate      Zachary's karate club, nx.karate_club_graph(); its 'weight' attribute (1..7) is the edge weight
  florentine  Padgett's Florentine families, nx.florentine_families_graph(), nodes numbered in sorted name order
              (no weights; every weight is 1)
  directed    a small directed graph with unreachable pairs (7 is reached by nobody, 8 reaches nobody) and ties
  disconnected  an undirected graph of three components (triangle with a tail, path, square) and an isolated vertex
  random_directed  nx.gnp_random_graph(40, 0.1, seed=7, directed=True), weights random.Random(7).randint(1, 9)

Transforms: how the integer weight w of an edge becomes the edge length passed to NetworkX (weight=/distance=);
the Java tests give the JGraphT edge the weight shown and use the Java LengthTransform of the same name.
  NONE      weight=None in NetworkX (unweighted, breadth-first); the published unweighted values
  IDENTITY  length = w                    Java weight w
  INVERSE   length = 1/w                  Java weight w
  NEG_LOG   length = -ln(w / D)           Java weight w / D, a probability in (0, 1), where D = max weight + 1 of the
                                          graph (the neglog_divisor of the header; D = max + 1 rather than max so that
                                          no probability is 1, which would give a zero-length edge)
  The -ln values of math.log here and of Java's StrictMath.log agree bit for bit on these inputs, so equal-length
  ties are the same on both sides.

Measures (vertex = 0..n-1):
  betweenness_raw          nx.betweenness_centrality(G, normalized=False, weight=...)
  betweenness_normalized   nx.betweenness_centrality(G, normalized=True,  weight=...)
  closeness_wf             nx.closeness_centrality(G, distance=..., wf_improved=True)
  closeness_reachable      nx.closeness_centrality(G, distance=..., wf_improved=False)
  harmonic                 nx.harmonic_centrality(G, distance=...)
  harmonic_normalized      harmonic / (n - 1)
  sampled_k<k>_betweenness_raw / _normalized
                           nx.betweenness_centrality(G, k=k, seed=seed, normalized=..., weight=...); the sources it
                           drew (random.Random(seed).sample(list(G), k), as NetworkX's py_random_state does) are in
                           paths_samples.csv so the Java test can use the same ones.
"""
import csv
import math
import os
import random

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
TRANSFORMS = ["NONE", "IDENTITY", "INVERSE", "NEG_LOG"]


def karate():
    g = nx.karate_club_graph()
    return g, [(u, v, int(d["weight"])) for u, v, d in g.edges(data=True)]


def florentine():
    f = nx.florentine_families_graph()
    names = sorted(f.nodes())
    index = {name: i for i, name in enumerate(names)}
    g = nx.Graph()
    g.add_nodes_from(range(len(names)))
    edges = [(index[a], index[b], 1) for a, b in f.edges()]
    return g, edges, names


def directed():
    g = nx.DiGraph()
    g.add_nodes_from(range(9))
    edges = [(0, 1, 2), (0, 2, 1), (1, 3, 1), (2, 3, 2), (3, 4, 3), (4, 5, 1), (5, 3, 2),
             (4, 6, 2), (1, 6, 5), (7, 0, 1), (7, 8, 4), (6, 8, 1)]
    return g, edges


def disconnected():
    g = nx.Graph()
    g.add_nodes_from(range(13))
    edges = [(0, 1, 1), (1, 2, 2), (2, 0, 3), (2, 3, 1),
             (4, 5, 2), (5, 6, 1), (6, 7, 2),
             (8, 9, 1), (9, 10, 1), (10, 11, 1), (11, 8, 1)]
    return g, edges


def random_directed():
    r = nx.gnp_random_graph(40, 0.1, seed=7, directed=True)
    rnd = random.Random(7)
    g = nx.DiGraph()
    g.add_nodes_from(range(40))
    edges = [(u, v, rnd.randint(1, 9)) for u, v in sorted(r.edges())]
    return g, edges


def with_lengths(g, edges, transform, divisor):
    h = g.__class__()
    h.add_nodes_from(g.nodes())
    for u, v, w in edges:
        if transform == "IDENTITY":
            length = float(w)
        elif transform == "INVERSE":
            length = 1.0 / w
        elif transform == "NEG_LOG":
            length = -math.log(w / divisor)
        else:
            length = 1.0
        h.add_edge(u, v, len=length)
    return h


def main():
    graphs = []
    g, e = karate()
    graphs.append(("karate", g, e, TRANSFORMS))
    g, e, names = florentine()
    graphs.append(("florentine", g, e, ["NONE"]))
    g, e = directed()
    graphs.append(("directed", g, e, TRANSFORMS))
    g, e = disconnected()
    graphs.append(("disconnected", g, e, TRANSFORMS))
    g, e = random_directed()
    graphs.append(("random_directed", g, e, TRANSFORMS))
    samples = [("karate", "NONE", 5, 42), ("karate", "NONE", 15, 42), ("karate", "INVERSE", 15, 3),
               ("random_directed", "NONE", 10, 1), ("random_directed", "NEG_LOG", 10, 2)]

    with open(os.path.join(HERE, "paths_graphs.txt"), "w") as out:
        out.write("# written by paths_reference.py (NetworkX %s); florentine vertices: %s\n"
                  % (nx.__version__, " ".join("%d=%s" % (i, n) for i, n in enumerate(names))))
        for name, g, edges, _ in graphs:
            divisor = max(w for _, _, w in edges) + 1
            out.write("graph %s %s %d %d\n" % (name, "directed" if g.is_directed() else "undirected",
                                                g.number_of_nodes(), divisor))
            for u, v, w in edges:
                out.write("%d %d %d\n" % (u, v, w))
            out.write("end\n")

    rows = []
    sample_rows = []
    for name, g, edges, transforms in graphs:
        n = g.number_of_nodes()
        divisor = max(w for _, _, w in edges) + 1
        for t in transforms:
            h = with_lengths(g, edges, t, divisor)
            wt = None if t == "NONE" else "len"
            measures = {
                "betweenness_raw": nx.betweenness_centrality(h, normalized=False, weight=wt),
                "betweenness_normalized": nx.betweenness_centrality(h, normalized=True, weight=wt),
                "closeness_wf": nx.closeness_centrality(h, distance=wt, wf_improved=True),
                "closeness_reachable": nx.closeness_centrality(h, distance=wt, wf_improved=False),
                "harmonic": nx.harmonic_centrality(h, distance=wt),
            }
            measures["harmonic_normalized"] = {v: x / (n - 1) for v, x in measures["harmonic"].items()}
            for sg, st, k, seed in samples:
                if (sg, st) != (name, t):
                    continue
                sources = random.Random(seed).sample(list(h.nodes()), k)
                sample_rows.append((name, t, k, seed, " ".join(str(s) for s in sorted(sources))))
                for norm in ("raw", "normalized"):
                    measures["sampled_k%d_betweenness_%s" % (k, norm)] = nx.betweenness_centrality(
                        h, k=k, seed=seed, normalized=(norm == "normalized"), weight=wt)
            for measure, values in measures.items():
                for v in range(n):
                    rows.append((name, t, measure, v, repr(float(values[v]))))

    with open(os.path.join(HERE, "paths_expected.csv"), "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["graph", "transform", "measure", "vertex", "value"])
        w.writerows(rows)
    with open(os.path.join(HERE, "paths_samples.csv"), "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["graph", "transform", "k", "seed", "sources"])
        w.writerows(sample_rows)
    print("%d expected values, %d samples" % (len(rows), len(sample_rows)))


if __name__ == "__main__":
    main()
