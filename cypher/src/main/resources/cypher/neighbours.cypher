// Neighbours of several nodes at once (for batch loading), by relationship type, direction and kind, valid on $asOf;
// for a user limited to territories ($scope), only neighbours visible by the rule of visible-nodes.cypher.
UNWIND $ids AS sourceId
MATCH (n) WHERE elementId(n) = sourceId
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = n) OR ($direction = 'IN' AND endNode(r) = n))
    AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
    AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
    AND ($scope IS NULL OR m:Product OR m.territory IN $scope
         OR (m.territory IS NULL AND EXISTS { (m)-[:AT|MILESTONE_OF|WORKS_AT|SITS_ON|MEMBER_OF|PART_OF]->{1,2}(o:Organization) WHERE o.territory IN $scope }))
  RETURN r, m ORDER BY type(r), m.name, m.id
  SKIP $skip LIMIT $limit
}
RETURN sourceId, r, m, startNode(r) = n AS outgoing
