"""Reference values for api InfluenceQuestionsTest, from the fixture under fixtures/influence.

The walk graph of decision D1 (edges u -> v: v has a say over u; weight = strength, 0.5 where none) is written
out by hand from the fixture, then scored with networkx 3.6.1:
  personalized PageRank, alpha 0.85, personalization {P1: 1, C1: 1} (the decider and the deciding committee);
  brokers: betweenness of the people network (u -> v: u influences v) with length -ln(strength), normalized;
  groups: greedy_modularity_communities of the people network taken as undirected, weight = strength.
Run: python3 influence_reference.py
"""
import math
import networkx as nx

def walk(as_of_2020):
    g = nx.DiGraph()
    g.add_nodes_from(["D1", "P1", "A", "C1", "B", "M", "C", "D2"])
    arcs = [("P1", "A", 0.8), ("A", "B", 0.5), ("P1", "B", 0.2), ("P1", "M", 0.5), ("C1", "C", 0.5),
            ("D1", "P1", 0.5), ("D1", "A", 0.5), ("D2", "B", 0.5), ("D1", "C1", 0.5)]
    if as_of_2020:
        g.add_node("E")
        arcs.append(("C", "E", 0.9))
    for u, v, w in arcs:
        g.add_edge(u, v, weight=w)
    return g

for label, as_of in (("today", False), ("2020-06-01", True)):
    pr = nx.pagerank(walk(as_of), alpha=0.85, personalization={"P1": 1, "C1": 1}, weight="weight", tol=1e-15, max_iter=100000)
    print("ppr", label, {k: repr(v) for k, v in sorted(pr.items(), key=lambda kv: -kv[1])})

people = nx.DiGraph()
people.add_nodes_from(["P1", "M", "A", "B", "C", "E", "G"])
for u, v, s in [("A", "P1", 0.8), ("B", "A", 0.5), ("B", "P1", 0.2), ("M", "P1", 0.5)]:
    people.add_edge(u, v, weight=s, length=-math.log(s))
print("betweenness", nx.betweenness_centrality(people, weight="length", normalized=True))
und = people.to_undirected()
comms = nx.community.greedy_modularity_communities(und, weight="weight")
print("groups", [sorted(c) for c in comms], "modularity", repr(nx.community.modularity(und, comms, weight="weight")))
print("cut vertices", sorted(nx.articulation_points(und)))

karate = nx.karate_club_graph()
ppr = nx.pagerank(karate, alpha=0.85, personalization={0: 1, 33: 1}, weight=None, tol=1e-15, max_iter=100000)
print("karate_ppr", ",".join(repr(ppr[v]) for v in range(34)))

leader = nx.pagerank(people.reverse(), alpha=0.85, weight="weight", tol=1e-15, max_iter=100000)
print("group leader scores", {k: repr(v) for k, v in sorted(leader.items(), key=lambda kv: -kv[1])})

# What if A leaves: the walk graph stored without A.
without_a = walk(False)
without_a.remove_node("A")
pr = nx.pagerank(without_a, alpha=0.85, personalization={"P1": 1, "C1": 1}, weight="weight", tol=1e-15, max_iter=100000)
print("ppr without A", {k: repr(v) for k, v in sorted(pr.items(), key=lambda kv: -kv[1])})
