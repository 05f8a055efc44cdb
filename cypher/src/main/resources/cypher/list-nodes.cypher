// Browsing without search text: nodes of the given kinds ordered by name, filtered by region and territory.
UNWIND $labels AS label
CALL (label) {
  MATCH (node:$(label))
  WHERE ($region IS NULL OR node.region = $region)
    AND ($territory IS NULL OR node.territory = $territory)
  RETURN node
}
WITH DISTINCT node ORDER BY node.name, node.id
WITH collect(node) AS found
RETURN size(found) AS total, found[$skip..$skip + $limit] AS page
