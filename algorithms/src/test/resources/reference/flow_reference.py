#!/usr/bin/env python3
"""Reference maximum flows and minimum cuts for org.kamgraph.algorithms.flow.MaxFlowMinCut, computed with NetworkX.

Run from this directory (NetworkX 3.6.1 was used for the committed output):

    python3 flow_reference.py

It writes, next to itself:

  flow_cases.txt     the test networks, one block each:
                         case <name> <n>
                         sources <v> ...
                         sinks <v> ...
                         vcap <v>:<capacity> ...      (only when some vertices have a capacity)
                         <u> <v> <capacity>           one line per arc; a repeated pair is a parallel arc
                         end
                     vertices are 0..n-1; capacities are written with repr (round-trip exact)
  flow_expected.csv  case,max_flow_value,min_cut_value
                     nx.maximum_flow_value and nx.minimum_cut_value (default algorithm, preflow-push) on the
                     network below, both with repr

NetworkX has no several sources, no vertex capacities and no parallel arcs in maximum_flow, so the script builds
the standard reduction itself (independently of the Java code): a super-source "S" with an arc of unlimited
capacity (no 'capacity' attribute) to each source's entry, an arc from each sink's exit to a super-sink "T", each
vertex v split into (v, "in") -> (v, "out") with its capacity (unlimited if it has none), each arc u -> v as
(u, "out") -> (v, "in") with the capacities of parallel arcs added up; self-loops are left out.

Cases: random directed graphs (nx.gnp_random_graph with fixed seeds) with integer capacities, some with vertex
capacities, one with parallel arcs and self-loops, one with dollar-sized float capacities, one where some sinks are
unreachable.
"""
import csv
import os
import random

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def random_case(name, n, p, seed, n_sources, n_sinks, vcap_share=0.0, parallel=False, dollars=False):
    rnd = random.Random(seed)
    g = nx.gnp_random_graph(n, p, seed=seed, directed=True)
    arcs = []
    for u, v in sorted(g.edges()):
        cap = round(rnd.lognormvariate(16, 2), 2) if dollars else float(rnd.randint(0, 20))
        arcs.append((u, v, cap))
        if parallel and rnd.random() < 0.3:
            arcs.append((u, v, float(rnd.randint(1, 10))))
    if parallel:
        for v in rnd.sample(range(n), 3):
            arcs.append((v, v, float(rnd.randint(1, 10))))
    vertices = list(range(n))
    rnd.shuffle(vertices)
    sources = sorted(vertices[:n_sources])
    sinks = sorted(vertices[n_sources:n_sources + n_sinks])
    vcap = {}
    for v in range(n):
        if rnd.random() < vcap_share:
            vcap[v] = float(rnd.randint(0, 25))
    return name, n, sources, sinks, vcap, arcs


def network(n, sources, sinks, vcap, arcs):
    h = nx.DiGraph()
    h.add_node("S")
    h.add_node("T")
    for v in range(n):
        if v in vcap:
            h.add_edge((v, "in"), (v, "out"), capacity=vcap[v])
        else:
            h.add_edge((v, "in"), (v, "out"))  # no 'capacity': unlimited
    for u, v, c in arcs:
        if u == v:
            continue
        a, b = (u, "out"), (v, "in")
        if h.has_edge(a, b):
            h[a][b]["capacity"] += c
        else:
            h.add_edge(a, b, capacity=c)
    for s in sources:
        h.add_edge("S", (s, "in"))
    for t in sinks:
        h.add_edge((t, "out"), "T")
    return h


def main():
    cases = [
        random_case("gnp12", 12, 0.3, 1, 1, 1),
        random_case("gnp20_multi", 20, 0.2, 2, 3, 2),
        random_case("gnp25_multi", 25, 0.15, 3, 2, 4),
        random_case("gnp30_vcap", 30, 0.15, 4, 3, 3, vcap_share=0.4),
        random_case("gnp18_vcap", 18, 0.3, 5, 2, 2, vcap_share=0.7),
        random_case("gnp16_parallel", 16, 0.25, 6, 2, 2, vcap_share=0.2, parallel=True),
        random_case("gnp40_dollars", 40, 0.1, 7, 4, 6, dollars=True),
        random_case("gnp40_sparse", 40, 0.04, 8, 2, 3),
    ]
    with open(os.path.join(HERE, "flow_cases.txt"), "w") as out:
        out.write("# written by flow_reference.py (NetworkX %s)\n" % nx.__version__)
        for name, n, sources, sinks, vcap, arcs in cases:
            out.write("case %s %d\n" % (name, n))
            out.write("sources %s\n" % " ".join(map(str, sources)))
            out.write("sinks %s\n" % " ".join(map(str, sinks)))
            if vcap:
                out.write("vcap %s\n" % " ".join("%d:%r" % (v, c) for v, c in sorted(vcap.items())))
            for u, v, c in arcs:
                out.write("%d %d %r\n" % (u, v, c))
            out.write("end\n")
    rows = []
    for name, n, sources, sinks, vcap, arcs in cases:
        h = network(n, sources, sinks, vcap, arcs)
        value = nx.maximum_flow_value(h, "S", "T")
        cut = nx.minimum_cut_value(h, "S", "T")
        rows.append((name, repr(float(value)), repr(float(cut))))
    with open(os.path.join(HERE, "flow_expected.csv"), "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["case", "max_flow_value", "min_cut_value"])
        w.writerows(rows)
    for r in rows:
        print(*r)


if __name__ == "__main__":
    main()
