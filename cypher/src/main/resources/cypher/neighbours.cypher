// Neighbours of several nodes at once (for batch loading), by relationship type, direction and kind, valid on $asOf;
// for a user limited to territories ($scope), only neighbours visible by the rule of fragment-visible.cypher.
// Ordered by type, name and id, or strongest first when $strongestFirst (strength descending, none last, then name).
UNWIND $ids AS sourceId
MATCH (n) WHERE elementId(n) = sourceId
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = n) OR ($direction = 'IN' AND endNode(r) = n))
    AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
    AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
    AND {{include fragment-visible m}}
  RETURN r, m
  ORDER BY CASE WHEN $strongestFirst THEN -coalesce(r.strength, -1.0) ELSE 0 END,
           CASE WHEN $strongestFirst THEN '' ELSE type(r) END, m.name, m.id
  SKIP $skip LIMIT $limit
}
RETURN sourceId, r, m, startNode(r) = n AS outgoing
