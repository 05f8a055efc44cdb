// The organization a committee belongs to on $asOf (the one it lists for).
MATCH (c:Committee {id: $id})-[r:PART_OF]->(o:Organization)
WHERE $asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))
RETURN labels(o) AS labels, o.id AS id
LIMIT 1
