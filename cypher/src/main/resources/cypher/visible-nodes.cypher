// The nodes a user limited to $territories may see: every node whose own territory is one of them; a node without
// a territory of its own (a decision, an initiative, a milestone, a department, a person with no home territory)
// when it hangs within two steps on an organization of those territories (AT, MILESTONE_OF, WORKS_AT, SITS_ON,
// MEMBER_OF, PART_OF); and the product catalogue. visible-predicate.cypher states the same rule as a WHERE clause.
CALL () {
  MATCH (n:Organization) WHERE n.territory IN $territories RETURN n
  UNION
  MATCH (n:Person) WHERE n.territory IN $territories RETURN n
  UNION
  MATCH (n:TeamMember) WHERE n.territory IN $territories RETURN n
  UNION
  MATCH (o:Organization) WHERE o.territory IN $territories
  MATCH (n)-[:AT|MILESTONE_OF|WORKS_AT|SITS_ON|MEMBER_OF|PART_OF]->{1,2}(o)
  WHERE n.territory IS NULL
  RETURN n
  UNION
  MATCH (n:Product) RETURN n
}
RETURN labels(n) AS labels, n.id AS id
