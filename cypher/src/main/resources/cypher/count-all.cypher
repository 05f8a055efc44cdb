// Node counts per label and relationship counts per type in one round trip, from Neo4j's count store.
CALL (*) {
  UNWIND $labels AS label
  CALL (label) { MATCH (n:$(label)) RETURN count(n) AS count }
  RETURN 'node' AS what, label AS name, count
  UNION ALL
  UNWIND $types AS type
  CALL (type) { MATCH ()-[r:$(type)]->() RETURN count(r) AS count }
  RETURN 'relationship' AS what, type AS name, count
}
RETURN what, name, count
