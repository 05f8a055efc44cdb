// The stored money and access relationships from a to b for each pair, with their whole amount and the part of
// it counted ($amountKeys: ['amount'], or one 'amount.<product id>' per product, added up; null when the
// relationship has none of them), largest part first.
UNWIND $pairs AS pair
MATCH (a) WHERE elementId(a) = pair.a
MATCH (b) WHERE elementId(b) = pair.b
MATCH (a)-[r]->(b)
WHERE type(r) IN $types
  AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
WITH pair, r, CASE WHEN any(k IN $amountKeys WHERE r[k] IS NOT NULL)
                   THEN reduce(s = 0.0, k IN $amountKeys | s + coalesce(toFloat(r[k]), 0.0)) END AS part
RETURN pair.a AS a, pair.b AS b, type(r) AS type, r.amount AS amount, part, r.currency AS currency, r.source AS source
ORDER BY coalesce(part, -1.0) DESC, coalesce(r.amount, -1.0) DESC
