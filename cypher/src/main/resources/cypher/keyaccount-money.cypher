// Money relationships (FUNDS, REIMBURSES, CONTRACTS_WITH) into and out of the account with element id $account and
// the organizations under it, valid on $asOf, summed per direction, type and counterpart. SUPPLIES is goods (their
// value moves against the money paid for them, CONTRACTS_WITH to the wholesaler), so it is not listed as money.
MATCH (acc) WHERE elementId(acc) = $account
CALL (acc) {
  MATCH p = (acc)<-[:PART_OF|MEMBER_OF*0..6]-(org:Organization)
  WHERE all(r IN relationships(p) WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))
  RETURN collect(DISTINCT org) AS orgs
}
UNWIND orgs AS org
MATCH (org)-[m:FUNDS|REIMBURSES|CONTRACTS_WITH]-(other:Organization)
WHERE (m.validFrom IS NULL OR m.validFrom <= $asOf) AND (m.validTo IS NULL OR m.validTo >= $asOf)
  AND NOT other IN orgs
WITH CASE WHEN startNode(m) = org THEN 'OUT' ELSE 'IN' END AS direction, type(m) AS type, other,
     sum(m.amount) AS amount, collect(DISTINCT m.currency) AS currencies, count(m) AS relationships
RETURN direction, type, labels(other) AS labels, other.id AS id, other.name AS name, amount, currencies, relationships
ORDER BY coalesce(amount, 0) DESC, type, id
