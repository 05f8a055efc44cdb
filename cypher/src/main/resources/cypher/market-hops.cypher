// The stored money and access relationships from a to b for each pair, largest amount first.
UNWIND $pairs AS pair
MATCH (a) WHERE elementId(a) = pair.a
MATCH (b) WHERE elementId(b) = pair.b
MATCH (a)-[r]->(b)
WHERE type(r) IN $types
  AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
RETURN pair.a AS a, pair.b AS b, type(r) AS type, r.amount AS amount, r.currency AS currency, r.source AS source
ORDER BY coalesce(r.amount, -1.0) DESC
