// An organization (by element id) and the units under it (PART_OF, up to three steps) on $asOf.
MATCH (o) WHERE elementId(o) = $org
MATCH path = (u:Organization)-[:PART_OF*0..3]->(o)
WHERE $asOf IS NULL OR all(r IN relationships(path) WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))
RETURN DISTINCT elementId(u) AS eid
