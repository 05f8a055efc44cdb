// Projection scope: an account and everything under it valid on $asOf (never null here: the caller passes today for a
// projection over all of history): organizations PART_OF or MEMBER_OF it, the people who work at or sit on them,
// and the decisions and initiatives at them.
MATCH (root:{{label}} {id: $id})
CALL (root) {
  MATCH p = (root)<-[:PART_OF|MEMBER_OF*0..6]-(org:Organization)
  WHERE $asOf IS NULL OR all(r IN relationships(p) WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))
  RETURN DISTINCT org
}
CALL (org) {
  RETURN org AS n
  UNION
  MATCH (org)<-[r:WORKS_AT|SITS_ON|AT]-(n)
  WHERE $asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))
  RETURN n
}
// Nodes of other kinds come too (projected: false): the scope depends on them, so a write touching them
// makes a cached projection stale.
WITH DISTINCT n
RETURN elementId(n) AS eid, labels(n) AS labels, n.id AS id, n.name AS name, any(l IN labels(n) WHERE l IN $labels) AS projected
