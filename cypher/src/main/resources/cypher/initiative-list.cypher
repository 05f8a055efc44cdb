// Initiatives known on $asOf (agreed on or before it), chosen by one of: AT the account with element id $account
// or an organization under it; owned by the team member with id $owner; or with ids in $ids. Each with where it
// is, its owners, the stakeholders it engages, the products it targets (every link that began on or before $asOf:
// a closed initiative keeps the people it had) and its milestones by due date.
CALL () {
  MATCH (acc) WHERE $account IS NOT NULL AND elementId(acc) = $account
  MATCH p = (acc)<-[:PART_OF|MEMBER_OF*0..6]-(org:Organization)
  WHERE all(r IN relationships(p) WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))
  MATCH (i:Initiative)-[a:AT]->(org)
  WHERE a.validFrom IS NULL OR a.validFrom <= $asOf
  RETURN i
  UNION
  MATCH (:TeamMember {id: $owner})-[o:OWNS]->(i:Initiative)
  WHERE $owner IS NOT NULL AND (o.validFrom IS NULL OR o.validFrom <= $asOf)
  RETURN i
  UNION
  MATCH (i:Initiative) WHERE $ids IS NOT NULL AND i.id IN $ids
  RETURN i
}
WITH DISTINCT i
WHERE $ids IS NOT NULL OR i.validFrom IS NULL OR i.validFrom <= $asOf
RETURN i.id AS id, i.name AS name, i.initiativeType AS initiativeType, i.status AS status, i.startDate AS startDate,
  i.endDate AS endDate, i.validFrom AS agreed,
  COLLECT {
    MATCH (i)-[a:AT]->(o:Organization) WHERE a.validFrom IS NULL OR a.validFrom <= $asOf
    RETURN {labels: labels(o), id: o.id, name: o.name} ORDER BY coalesce(a.validFrom, date('0001-01-01')) DESC LIMIT 1
  } AS at,
  COLLECT {
    MATCH (t:TeamMember)-[o:OWNS]->(i) WHERE o.validFrom IS NULL OR o.validFrom <= $asOf
    WITH DISTINCT t RETURN {id: t.id, name: t.name, role: t.role} ORDER BY t.role, t.name
  } AS owners,
  COLLECT {
    MATCH (i)-[e:ENGAGES]->(p:Person) WHERE e.validFrom IS NULL OR e.validFrom <= $asOf
    WITH DISTINCT p RETURN {eid: elementId(p), labels: labels(p), id: p.id, name: p.name} ORDER BY p.name
  } AS stakeholders,
  COLLECT {
    MATCH (i)-[t:TARGETS]->(pr:Product) WHERE t.validFrom IS NULL OR t.validFrom <= $asOf
    WITH DISTINCT pr RETURN {id: pr.id, name: pr.name} ORDER BY pr.name
  } AS products,
  COLLECT {
    MATCH (m:Milestone)-[:MILESTONE_OF]->(i)
    RETURN {id: m.id, name: m.name, dueDate: m.dueDate, status: m.status, completedDate: m.completedDate,
            description: m.description}
    ORDER BY m.dueDate, m.id
  } AS milestones
ORDER BY i.startDate, i.id
