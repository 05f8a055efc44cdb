// A product's annual prescribing spend at organizations (by element id) on $asOf: the PRESCRIBES amounts of
// clinicians working there or at a unit up to three PART_OF steps under them. Starts from the product's
// prescribers (far fewer than the accounts' staff), each clinician counted once per organization.
MATCH (:Product {id: $product})<-[rx:PRESCRIBES]-(c:Clinician)-[w:WORKS_AT]->(u:Organization)
WHERE $asOf IS NULL OR ((w.validFrom IS NULL OR w.validFrom <= $asOf) AND (w.validTo IS NULL OR w.validTo >= $asOf)
                        AND (rx.validFrom IS NULL OR rx.validFrom <= $asOf) AND (rx.validTo IS NULL OR rx.validTo >= $asOf))
MATCH (u)-[:PART_OF*0..3]->(o)
WHERE elementId(o) IN $ids
WITH DISTINCT elementId(o) AS eid, c, rx
RETURN eid, sum(coalesce(rx.amount, 0.0)) AS spend
