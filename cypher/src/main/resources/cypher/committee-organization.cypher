// The organization a committee belongs to on $asOf (the one whose formulary it keeps; the latest when several).
MATCH (c:Committee {id: $id})-[r:PART_OF]->(o:Organization)
WHERE $asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))
RETURN elementId(o) AS eid, labels(o) AS labels, o.id AS id, o.name AS name
ORDER BY r.validFrom DESC
LIMIT 1
