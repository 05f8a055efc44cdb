// Adds links to the initiative $id that it does not have on $on: owners $owners, stakeholders $stakeholders,
// products $products; each new link carries the properties $rel.
MATCH (i:Initiative {id: $id})
CALL (i) {
  UNWIND $owners AS o
  MATCH (t:TeamMember {id: o})
  WHERE NOT EXISTS { MATCH (t)-[r:OWNS]->(i) WHERE (r.validFrom IS NULL OR r.validFrom <= $on) AND (r.validTo IS NULL OR r.validTo >= $on) }
  CREATE (t)-[r:OWNS]->(i) SET r = $rel
}
CALL (i) {
  UNWIND $stakeholders AS s
  MATCH (p:Person {id: s})
  WHERE NOT EXISTS { MATCH (i)-[r:ENGAGES]->(p) WHERE (r.validFrom IS NULL OR r.validFrom <= $on) AND (r.validTo IS NULL OR r.validTo >= $on) }
  CREATE (i)-[r:ENGAGES]->(p) SET r = $rel
}
CALL (i) {
  UNWIND $products AS x
  MATCH (pr:Product {id: x})
  WHERE NOT EXISTS { MATCH (i)-[r:TARGETS]->(pr) WHERE (r.validFrom IS NULL OR r.validFrom <= $on) AND (r.validTo IS NULL OR r.validTo >= $on) }
  CREATE (i)-[r:TARGETS]->(pr) SET r = $rel
}
RETURN i.id AS id
