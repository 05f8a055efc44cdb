// Accounts of the kinds $kinds (labels) valid on $asOf, or the one account with element id $only when it is given,
// each with the element ids of the organizations that make it up on $asOf: itself and everything PART_OF or
// MEMBER_OF it, up to six levels (keyaccount-org-facts.cypher reads their people and formulary bodies).
MATCH (acc:Account)
WHERE ($only IS NULL OR elementId(acc) = $only)
  AND any(l IN labels(acc) WHERE l IN $kinds)
  AND (acc.validFrom IS NULL OR acc.validFrom <= $asOf) AND (acc.validTo IS NULL OR acc.validTo >= $asOf)
CALL (acc) {
  MATCH p = (acc)<-[:PART_OF|MEMBER_OF*0..6]-(org:Organization)
  WHERE all(r IN relationships(p) WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))
  RETURN collect(DISTINCT elementId(org)) AS orgs
}
RETURN elementId(acc) AS eid, labels(acc) AS labels, acc.id AS id, acc.name AS name, acc.territory AS territory, orgs
ORDER BY acc.id
