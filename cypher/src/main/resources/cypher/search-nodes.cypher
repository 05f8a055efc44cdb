// Full-text search on names and ids, filtered by kind labels, region and territory, and for a user limited to
// territories ($scope) by the rule of visible-nodes.cypher. The count and the page
// are separate subqueries so that memory stays bounded by the page size (top-k sort), not by the matches.
CALL () {
  CALL db.index.fulltext.queryNodes('node_names', $query) YIELD node
  WHERE ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels))
    AND ($region IS NULL OR node.region = $region)
    AND ($territory IS NULL OR node.territory = $territory)
      AND ($scope IS NULL OR node:Product OR node.territory IN $scope
         OR (node.territory IS NULL AND EXISTS { (node)-[:AT|MILESTONE_OF|WORKS_AT|SITS_ON|MEMBER_OF|PART_OF]->{1,2}(o:Organization) WHERE o.territory IN $scope }))
  RETURN count(node) AS total
}
CALL () {
  CALL db.index.fulltext.queryNodes('node_names', $query) YIELD node, score
  WHERE ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels))
    AND ($region IS NULL OR node.region = $region)
    AND ($territory IS NULL OR node.territory = $territory)
      AND ($scope IS NULL OR node:Product OR node.territory IN $scope
         OR (node.territory IS NULL AND EXISTS { (node)-[:AT|MILESTONE_OF|WORKS_AT|SITS_ON|MEMBER_OF|PART_OF]->{1,2}(o:Organization) WHERE o.territory IN $scope }))
  WITH node, score ORDER BY score DESC, node.name, node.id SKIP $skip LIMIT $limit
  RETURN collect(node) AS page
}
RETURN total, page
