// An organization's money relationships (in and out) valid on each of two days, with their amounts.
MATCH (o:{{label}} {id: $id})
MATCH (o)-[r:FUNDS|REIMBURSES|CONTRACTS_WITH|SUPPLIES]-(x)
WITH o, r, x, startNode(r) = o AS outgoing,
     (r.validFrom IS NULL OR r.validFrom <= $from) AND (r.validTo IS NULL OR r.validTo >= $from) AS atFrom,
     (r.validFrom IS NULL OR r.validFrom <= $to) AND (r.validTo IS NULL OR r.validTo >= $to) AS atTo
WHERE atFrom OR atTo
RETURN type(r) AS type, outgoing, labels(x) AS labels, x.id AS id, x.name AS name,
       sum(CASE WHEN atFrom THEN coalesce(r.amount, 0.0) ELSE 0.0 END) AS before,
       sum(CASE WHEN atTo THEN coalesce(r.amount, 0.0) ELSE 0.0 END) AS after,
       max(CASE WHEN atFrom THEN 1 ELSE 0 END) = 1 AS existedBefore,
       max(CASE WHEN atTo THEN 1 ELSE 0 END) = 1 AS existsAfter
ORDER BY abs(after - before) DESC, type, id
