// Our team at the account with element id $account on $asOf: every team member who covers the account, an
// organization under it, or a person in $people (element ids), with those relationships.
MATCH (acc) WHERE elementId(acc) = $account
CALL (acc) {
  MATCH p = (acc)<-[:PART_OF|MEMBER_OF*0..6]-(org:Organization)
  WHERE all(r IN relationships(p) WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))
  RETURN DISTINCT org AS n
  UNION
  UNWIND $people AS eid
  MATCH (n) WHERE elementId(n) = eid
  RETURN n
}
MATCH (t:TeamMember)-[c:COVERS]->(n)
WHERE (c.validFrom IS NULL OR c.validFrom <= $asOf) AND (c.validTo IS NULL OR c.validTo >= $asOf)
WITH t, collect({eid: elementId(n), labels: labels(n), id: n.id, name: n.name, strength: c.strength, lastContact: c.lastContact}) AS covers
RETURN t.id AS id, t.name AS name, t.role AS role, t.territory AS territory, covers
ORDER BY t.role, t.name, t.id
