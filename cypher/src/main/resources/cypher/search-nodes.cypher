// Full-text search on names and ids, filtered by kind labels, region and territory, and for a user limited to
// territories ($scope) by the rule of fragment-visible.cypher. The count and the page
// are separate subqueries so that memory stays bounded by the page size (top-k sort), not by the matches.
CALL () {
  CALL db.index.fulltext.queryNodes('node_names', $query) YIELD node
  WHERE ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels))
    AND ($region IS NULL OR node.region = $region)
    AND ($territory IS NULL OR node.territory = $territory)
      AND {{include fragment-visible node}}
  RETURN count(node) AS total
}
CALL () {
  CALL db.index.fulltext.queryNodes('node_names', $query) YIELD node, score
  WHERE ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels))
    AND ($region IS NULL OR node.region = $region)
    AND ($territory IS NULL OR node.territory = $territory)
      AND {{include fragment-visible node}}
  WITH node, score ORDER BY score DESC, node.name, node.id SKIP $skip LIMIT $limit
  RETURN collect(node) AS page
}
RETURN total, page
