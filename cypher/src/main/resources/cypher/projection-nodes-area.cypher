// Projection scope: the nodes of the given kinds in a territory or a region (organizations and people carry both).
UNWIND $labels AS label
CALL (label) {
  MATCH (n:$(label))
  WHERE ($territory IS NULL OR n.territory = $territory) AND ($region IS NULL OR n.region = $region)
  RETURN n
}
RETURN DISTINCT elementId(n) AS eid, labels(n) AS labels, n.id AS id, n.name AS name
