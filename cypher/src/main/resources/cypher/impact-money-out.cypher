// The money the organizations with element ids $ids pay on $asOf over the relationship types $types: each
// relationship's payee, amount and properties (the per-product parts amount.<product> are among them). The pattern
// names the money types a listing organization pays with, so the expansion skips its other relationships (LISTS,
// IN_NETWORK...); $types narrows them.
UNWIND $ids AS eid
MATCH (a) WHERE elementId(a) = eid
MATCH (a)-[r:REIMBURSES|CONTRACTS_WITH|FUNDS]->(b:Organization)
WHERE type(r) IN $types
  AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
RETURN eid AS from, elementId(b) AS to, labels(b) AS labels, b.id AS id, b.name AS name, type(r) AS type,
       r.amount AS amount, properties(r) AS props
