// The start of a decision's neighbourhood: the decision, the people in its DMU and its deciding committees.
MATCH (d:Decision {id: $id})
OPTIONAL MATCH (x)-[r:IN_DMU|DECIDES]->(d)
WHERE $asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))
WITH d, collect(x) AS members
UNWIND [d] + members AS n
RETURN DISTINCT elementId(n) AS eid
