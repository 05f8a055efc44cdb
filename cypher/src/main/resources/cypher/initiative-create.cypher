// A new initiative (properties $props) at the account {{label}} $account, owned by team members $owners, engaging
// people $stakeholders, targeting products $products; every link carries the properties $rel (validFrom, source).
MATCH (acc:{{label}} {id: $account})
CREATE (i:Initiative)
SET i = $props
CREATE (i)-[:AT]->(acc)
WITH i
CALL (i) {
  UNWIND $owners AS o
  MATCH (t:TeamMember {id: o})
  CREATE (t)-[:OWNS]->(i)
}
CALL (i) {
  UNWIND $stakeholders AS s
  MATCH (p:Person {id: s})
  CREATE (i)-[:ENGAGES]->(p)
}
CALL (i) {
  UNWIND $products AS x
  MATCH (pr:Product {id: x})
  CREATE (i)-[:TARGETS]->(pr)
}
WITH i
MATCH (i)-[r:AT|OWNS|ENGAGES|TARGETS]-()
SET r += $rel
RETURN i.id AS id
