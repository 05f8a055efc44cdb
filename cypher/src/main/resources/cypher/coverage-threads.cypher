// How many threads hold each account under an organization (itself included) on $asOf: the team members who
// cover the account or a person working at it, and the coverage relationships involved.
MATCH (root:{{label}} {id: $id})
CALL (root) {
  MATCH p = (root)<-[:PART_OF|MEMBER_OF*0..6]-(acc:Account)
  WHERE $asOf IS NULL OR all(r IN relationships(p) WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))
  RETURN DISTINCT acc
}
OPTIONAL CALL (acc) {
  MATCH (t:TeamMember)-[c:COVERS]->(acc)
  WHERE $asOf IS NULL OR ((c.validFrom IS NULL OR c.validFrom <= $asOf) AND (c.validTo IS NULL OR c.validTo >= $asOf))
  RETURN t, c
  UNION
  MATCH (acc)<-[w:WORKS_AT]-(p)<-[c:COVERS]-(t:TeamMember)
  WHERE $asOf IS NULL OR ((w.validFrom IS NULL OR w.validFrom <= $asOf) AND (w.validTo IS NULL OR w.validTo >= $asOf)
                          AND (c.validFrom IS NULL OR c.validFrom <= $asOf) AND (c.validTo IS NULL OR c.validTo >= $asOf))
  RETURN t, c
}
WITH acc, t, count(c) AS relationships
ORDER BY relationships DESC, t.id
WITH acc, collect(CASE WHEN t IS NULL THEN null ELSE {id: t.id, name: t.name, relationships: relationships} END) AS members
RETURN labels(acc) AS labels, acc.id AS id, acc.name AS name, members
ORDER BY acc.name, acc.id
