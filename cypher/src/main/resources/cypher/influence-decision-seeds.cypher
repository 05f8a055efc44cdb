// Where influence on a decision lands: its deciders and approvers (IN_DMU) and its deciding committees
// (DECIDES), valid on $asOf, with the decision's own fields and the account it is at.
MATCH (d:Decision {id: $id})
CALL (d) {
  MATCH (x)-[r:IN_DMU|DECIDES]->(d)
  WHERE ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
    AND (type(r) = 'DECIDES' OR r.role IN ['decider', 'approver'])
  RETURN collect({eid: elementId(x), labels: labels(x), id: x.id, name: x.name,
                  role: CASE type(r) WHEN 'DECIDES' THEN 'deciding committee' ELSE r.role END}) AS seeds
}
OPTIONAL MATCH (d)-[:AT]->(a:Organization)
RETURN d.id AS id, d.name AS name, seeds, collect({labels: labels(a), id: a.id, name: a.name})[0] AS account
