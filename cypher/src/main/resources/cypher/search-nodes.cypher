// Full-text search on names and ids, filtered by kind labels, region and territory, paged by offset.
CALL db.index.fulltext.queryNodes('node_names', $query) YIELD node, score
WHERE ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels))
  AND ($region IS NULL OR node.region = $region)
  AND ($territory IS NULL OR node.territory = $territory)
WITH node, score ORDER BY score DESC, node.name, node.id
WITH collect(node) AS found
RETURN size(found) AS total, found[$skip..$skip + $limit] AS page
