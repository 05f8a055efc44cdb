// The whole decision-making unit of a decision on $asOf: every IN_DMU member with their role, and the deciding
// committees (DECIDES, role 'deciding committee'); what a what-if checks for roles left without anyone.
MATCH (d:Decision {id: $id})
MATCH (x)-[r:IN_DMU|DECIDES]->(d)
WHERE $asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))
RETURN elementId(x) AS eid, labels(x) AS labels, x.id AS id, x.name AS name,
       CASE type(r) WHEN 'DECIDES' THEN 'deciding committee' ELSE r.role END AS role
ORDER BY role, x.id
