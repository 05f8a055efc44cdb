// One breadth-first step of a neighbourhood over the given relationship types, either direction, valid on $asOf.
UNWIND $frontier AS eid
MATCH (a) WHERE elementId(a) = eid
MATCH (a)-[r]-(b)
WHERE type(r) IN $types
  AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
RETURN DISTINCT elementId(b) AS eid
