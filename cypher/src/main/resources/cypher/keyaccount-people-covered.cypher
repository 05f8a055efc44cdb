// The people our team covers on $asOf with strength of at least $minStrength (or no strength recorded).
MATCH (:TeamMember)-[c:COVERS]->(p:Person)
WHERE (c.validFrom IS NULL OR c.validFrom <= $asOf) AND (c.validTo IS NULL OR c.validTo >= $asOf)
  AND (c.strength IS NULL OR c.strength >= $minStrength)
RETURN DISTINCT elementId(p) AS eid
