// For the organizations with element ids $orgs, on $asOf:
//  people: the people who work at, sit on (a committee) or are members of it;
//  bodies: the formulary bodies that decide its access: itself if it is a committee, the payers that reimburse,
//          contract with or own it, and the PBMs those payers contract with.
UNWIND $orgs AS eid
MATCH (org) WHERE elementId(org) = eid
RETURN eid,
  COLLECT {
    MATCH (org)<-[r:WORKS_AT|SITS_ON|MEMBER_OF]-(p:Person)
    WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)
    RETURN DISTINCT elementId(p)
  } AS people,
  COLLECT {
    MATCH (org:Committee) RETURN elementId(org) AS body
    UNION
    MATCH (org)<-[r:REIMBURSES|CONTRACTS_WITH|PART_OF]-(payer:Payer)
    WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)
    RETURN elementId(payer) AS body
    UNION
    MATCH (org)<-[r:REIMBURSES|CONTRACTS_WITH|PART_OF]-(:Payer)-[c:CONTRACTS_WITH]->(pbm:Pbm)
    WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)
      AND (c.validFrom IS NULL OR c.validFrom <= $asOf) AND (c.validTo IS NULL OR c.validTo >= $asOf)
    RETURN elementId(pbm) AS body
  } AS bodies
