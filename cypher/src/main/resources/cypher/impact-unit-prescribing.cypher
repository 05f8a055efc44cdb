// Prescribing at an organization (by element id) and the units under it (PART_OF or MEMBER_OF, up to six steps, as
// in market-units.cypher) on $asOf:
// one row per prescription (PRESCRIBES) and account its prescriber works at, the account being the first Account
// on the way up from the prescriber's unit (the organization itself when there is none).
MATCH (o) WHERE elementId(o) = $org
MATCH path = (u:Organization)-[:PART_OF|MEMBER_OF*0..6]->(o)
WHERE $asOf IS NULL OR all(r IN relationships(path) WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))
MATCH (p:Product)<-[rx:PRESCRIBES]-(c:Clinician)-[w:WORKS_AT]->(u)
WHERE $asOf IS NULL OR ((w.validFrom IS NULL OR w.validFrom <= $asOf) AND (w.validTo IS NULL OR w.validTo >= $asOf)
                        AND (rx.validFrom IS NULL OR rx.validFrom <= $asOf) AND (rx.validTo IS NULL OR rx.validTo >= $asOf))
WITH p, rx, c, ([x IN nodes(path) WHERE x:Account] + [o])[0] AS account
RETURN DISTINCT p.id AS product, elementId(rx) AS rx, c.id AS clinician, elementId(account) AS eid, labels(account) AS labels,
       account.id AS id, account.name AS name, coalesce(rx.amount, 0.0) AS amount
