// The relationships of the given types leaving a batch of projected nodes, valid on $asOf, with the weight
// property (null when none is asked for or the relationship lacks it). Targets outside the projection are
// dropped by the caller.
UNWIND $ids AS eid
MATCH (a) WHERE elementId(a) = eid
MATCH (a)-[r]->(b)
WHERE type(r) IN $types
  AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
RETURN eid AS source, elementId(b) AS target, type(r) AS type, CASE WHEN $weight IS NULL THEN null ELSE r[$weight] END AS weight
