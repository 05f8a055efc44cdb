// Relationships touching a set of nodes that began (validFrom in ($from, $to]) or ended (validTo in [$from, $to))
// between two days, newest first, at most $limit.
UNWIND $ids AS eid
MATCH (a) WHERE elementId(a) = eid
MATCH (a)-[r]-(b)
WHERE (r.validFrom > $from AND r.validFrom <= $to) OR (r.validTo >= $from AND r.validTo < $to)
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS e
RETURN type(r) AS type, labels(s) AS fromLabels, s.id AS fromId, s.name AS fromName,
       labels(e) AS toLabels, e.id AS toId, e.name AS toName, r.validFrom AS validFrom, r.validTo AS validTo,
       r.strength AS strength, r.amount AS amount, r.role AS role, r.title AS title,
       (r.validFrom > $from AND r.validFrom <= $to) AS begun
ORDER BY coalesce(CASE WHEN begun THEN r.validFrom ELSE r.validTo END, date('0001-01-01')) DESC, type, fromId, toId
LIMIT $limit
