// Fragment (included as {{include fragment-visible-nodes}}): the nodes n visible to a user limited to the
// territories $scope, by the rule of fragment-visible.cypher, found from the territory indexes rather than by
// testing every node.
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
