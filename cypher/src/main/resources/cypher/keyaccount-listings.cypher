// The formulary bodies (payers, PBMs, committees) with element ids $bodies and their listings of $products on $asOf.
UNWIND $bodies AS eid
MATCH (b) WHERE elementId(b) = eid
RETURN eid, labels(b) AS labels, b.id AS id, b.name AS name,
  COLLECT {
    MATCH (b)-[l:LISTS]->(pr:Product)
    WHERE pr.id IN $products AND (l.validFrom IS NULL OR l.validFrom <= $asOf) AND (l.validTo IS NULL OR l.validTo >= $asOf)
    RETURN {product: pr.id, tier: l.tier, priorAuth: l.priorAuth, stepTherapy: l.stepTherapy, excluded: l.excluded}
    ORDER BY pr.id, l.validFrom DESC
  } AS listings
