// An organization (by element id) and the units under it on $asOf: the same units as market-units.cypher (PART_OF or
// MEMBER_OF, up to six steps), so an account means the same organizations in every market answer.
MATCH (o) WHERE elementId(o) = $org
MATCH path = (u:Organization)-[:PART_OF|MEMBER_OF*0..6]->(o)
WHERE $asOf IS NULL OR all(r IN relationships(path) WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))
RETURN DISTINCT elementId(u) AS eid
