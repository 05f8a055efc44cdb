// Open decisions at the account with element id $account or any organization under it on $asOf (status open, or
// no status and not yet due), each with its DMU on $asOf: role, person and our team's coverage of them.
MATCH (acc) WHERE elementId(acc) = $account
CALL (acc) {
  MATCH p = (acc)<-[:PART_OF|MEMBER_OF*0..6]-(org:Organization)
  WHERE all(r IN relationships(p) WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))
  RETURN DISTINCT org
}
MATCH (d:Decision)-[a:AT]->(org)
WHERE (a.validFrom IS NULL OR a.validFrom <= $asOf) AND (a.validTo IS NULL OR a.validTo >= $asOf)
  AND (d.status = 'open' OR (d.status IS NULL AND (d.dueDate IS NULL OR d.dueDate >= $asOf)))
WITH DISTINCT d, org
RETURN d.id AS id, d.name AS name, d.decisionType AS decisionType, d.dueDate AS dueDate, org.id AS atId, org.name AS atName,
  COLLECT { MATCH (d)-[:CONCERNS]->(pr:Product) RETURN pr.name ORDER BY pr.name } AS products,
  COLLECT {
    MATCH (p:Person)-[m:IN_DMU]->(d)
    WHERE (m.validFrom IS NULL OR m.validFrom <= $asOf) AND (m.validTo IS NULL OR m.validTo >= $asOf)
    RETURN {eid: elementId(p), labels: labels(p), id: p.id, name: p.name, role: m.role,
            coverage: COLLECT {
              MATCH (t:TeamMember)-[c:COVERS]->(p)
              WHERE (c.validFrom IS NULL OR c.validFrom <= $asOf) AND (c.validTo IS NULL OR c.validTo >= $asOf)
              RETURN {id: t.id, name: t.name, role: t.role, strength: c.strength, lastContact: c.lastContact}
              ORDER BY coalesce(c.strength, 0) DESC, t.id
            }}
    ORDER BY m.role, p.name
  } AS dmu
ORDER BY d.dueDate, d.id
