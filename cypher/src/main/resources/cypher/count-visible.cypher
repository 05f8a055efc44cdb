// count-all for a user limited to territories ($scope): nodes per label and relationships per type among the nodes
// they may see (a relationship counts when both ends are visible).
{{include fragment-visible-nodes}}
WITH collect(n) AS visible
CALL (visible) {
  UNWIND visible AS n
  UNWIND labels(n) AS label
  WITH label WHERE label IN $labels
  RETURN 'node' AS what, label AS name, count(*) AS count
  UNION ALL
  UNWIND visible AS n
  MATCH (n)-[r]->(m)
  WHERE {{include fragment-visible m}}
  RETURN 'relationship' AS what, type(r) AS name, count(r) AS count
}
RETURN what, name, count
