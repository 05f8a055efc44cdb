// Browsing without search text: nodes of the given kinds ordered by name, filtered by region and territory, and
// for a user limited to territories ($scope) by the rule of fragment-visible.cypher.
// Count and page are separate subqueries: the page is a top-k sort, so memory stays bounded by the page size.
CALL () {
  UNWIND $labels AS label
  CALL (label) {
    MATCH (node:$(label))
    WHERE ($region IS NULL OR node.region = $region)
      AND ($territory IS NULL OR node.territory = $territory)
      AND {{include fragment-visible node}}
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
      AND {{include fragment-visible node}}
    RETURN node
  }
  WITH DISTINCT node ORDER BY node.name, node.id SKIP $skip LIMIT $limit
  RETURN collect(node) AS page
}
RETURN total, page
