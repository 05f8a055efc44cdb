// count-all for a user limited to territories ($scope): nodes per label and relationships per type among the nodes
// visible by the rule of visible-nodes.cypher (a relationship counts when both ends are visible).
CALL () {
  MATCH (n:Organization) WHERE n.territory IN $scope RETURN n
  UNION
  MATCH (n:Person) WHERE n.territory IN $scope RETURN n
  UNION
  MATCH (n:TeamMember) WHERE n.territory IN $scope RETURN n
  UNION
  MATCH (o:Organization) WHERE o.territory IN $scope
  MATCH (n)-[:AT|MILESTONE_OF|WORKS_AT|SITS_ON|MEMBER_OF|PART_OF]->{1,2}(o)
  WHERE n.territory IS NULL
  RETURN n
  UNION
  MATCH (n:Product) RETURN n
}
WITH collect(n) AS visible
CALL (visible) {
  UNWIND visible AS n
  UNWIND labels(n) AS label
  WITH label WHERE label IN $labels
  RETURN 'node' AS what, label AS name, count(*) AS count
  UNION ALL
  UNWIND visible AS n
  MATCH (n)-[r]->(m)
  WHERE m:Product OR m.territory IN $scope
     OR (m.territory IS NULL AND EXISTS { (m)-[:AT|MILESTONE_OF|WORKS_AT|SITS_ON|MEMBER_OF|PART_OF]->{1,2}(o:Organization) WHERE o.territory IN $scope })
  RETURN 'relationship' AS what, type(r) AS name, count(r) AS count
}
RETURN what, name, count
