// An account's money relationships (FUNDS, REIMBURSES, CONTRACTS_WITH: goods are not money) between it or an
// organization under it (PART_OF, MEMBER_OF, at some time between the two days) and an organization outside it,
// valid on $from, on $to, or at some time in between (so one that began and ended in between counts too); summed per
// type, direction, own organization and counterparty, with how many began and ended in between.
MATCH (root:{{label}} {id: $id})
CALL (root) {
  MATCH p = (root)<-[:PART_OF|MEMBER_OF*0..6]-(org:Organization)
  WHERE all(r IN relationships(p) WHERE (r.validFrom IS NULL OR r.validFrom <= $to) AND (r.validTo IS NULL OR r.validTo >= $from))
  RETURN collect(DISTINCT org) AS orgs
}
UNWIND orgs AS o
MATCH (o)-[r:FUNDS|REIMBURSES|CONTRACTS_WITH]-(x:Organization)
WHERE NOT x IN orgs
  AND (r.validFrom IS NULL OR r.validFrom <= $to) AND (r.validTo IS NULL OR r.validTo >= $from)
WITH o, r, x, startNode(r) = o AS outgoing,
     (r.validFrom IS NULL OR r.validFrom <= $from) AND (r.validTo IS NULL OR r.validTo >= $from) AS atFrom,
     (r.validFrom IS NULL OR r.validFrom <= $to) AND (r.validTo IS NULL OR r.validTo >= $to) AS atTo
RETURN type(r) AS type, outgoing, labels(o) AS ownLabels, o.id AS ownId, o.name AS ownName,
       labels(x) AS labels, x.id AS id, x.name AS name,
       sum(CASE WHEN atFrom THEN coalesce(r.amount, 0.0) ELSE 0.0 END) AS before,
       sum(CASE WHEN atTo THEN coalesce(r.amount, 0.0) ELSE 0.0 END) AS after,
       max(CASE WHEN atFrom THEN 1 ELSE 0 END) = 1 AS existedBefore,
       max(CASE WHEN atTo THEN 1 ELSE 0 END) = 1 AS existsAfter,
       sum(CASE WHEN r.validFrom > $from AND r.validFrom <= $to THEN 1 ELSE 0 END) AS begun,
       sum(CASE WHEN r.validTo >= $from AND r.validTo < $to THEN 1 ELSE 0 END) AS ended
ORDER BY abs(after - before) DESC, type, ownId, id
