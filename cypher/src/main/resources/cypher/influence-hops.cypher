// The stored relationships behind hops of explaining chains: for each pair of nodes, the relationships of the
// given types between them in either direction valid on $asOf, strongest first (with the evidence of inferred ones).
UNWIND $pairs AS pair
MATCH (a) WHERE elementId(a) = pair.a
MATCH (b) WHERE elementId(b) = pair.b
MATCH (a)-[r]-(b)
WHERE type(r) IN $types
  AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
RETURN pair.a AS a, pair.b AS b, type(r) AS type, startNode(r) = a AS fromA, r.strength AS strength, r.basis AS basis,
       r.source AS source, r.lastContact AS lastContact, coalesce(r.role, r.committeeRole) AS role, r.evidence AS evidence
ORDER BY coalesce(r.strength, 0) DESC
