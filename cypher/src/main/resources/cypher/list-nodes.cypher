// Browsing without search text: nodes of the given kinds ordered by name, filtered by region and territory, and
// for a user limited to territories ($scope) by the rule of visible-nodes.cypher.
// Count and page are separate subqueries: the page is a top-k sort, so memory stays bounded by the page size.
CALL () {
  UNWIND $labels AS label
  CALL (label) {
    MATCH (node:$(label))
    WHERE ($region IS NULL OR node.region = $region)
      AND ($territory IS NULL OR node.territory = $territory)
      AND ($scope IS NULL OR node:Product OR node.territory IN $scope
         OR (node.territory IS NULL AND EXISTS { (node)-[:AT|MILESTONE_OF|WORKS_AT|SITS_ON|MEMBER_OF|PART_OF]->{1,2}(o:Organization) WHERE o.territory IN $scope }))
    RETURN node
  }
  RETURN count(DISTINCT node) AS total
}
CALL () {
  UNWIND $labels AS label
  CALL (label) {
    MATCH (node:$(label))
    WHERE ($region IS NULL OR node.region = $region)
      AND ($territory IS NULL OR node.territory = $territory)
      AND ($scope IS NULL OR node:Product OR node.territory IN $scope
         OR (node.territory IS NULL AND EXISTS { (node)-[:AT|MILESTONE_OF|WORKS_AT|SITS_ON|MEMBER_OF|PART_OF]->{1,2}(o:Organization) WHERE o.territory IN $scope }))
    RETURN node
  }
  WITH DISTINCT node ORDER BY node.name, node.id SKIP $skip LIMIT $limit
  RETURN collect(node) AS page
}
RETURN total, page
