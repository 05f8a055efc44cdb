// The formulary position of a product at organizations (by element id) on $asOf: their own listing, or their
// committees' (a hospital's or IDN's P&T committee lists for it).
UNWIND $ids AS eid
MATCH (o) WHERE elementId(o) = eid
CALL (o) {
  MATCH (o)-[l:LISTS]->(:Product {id: $product})
  WHERE $asOf IS NULL OR ((l.validFrom IS NULL OR l.validFrom <= $asOf) AND (l.validTo IS NULL OR l.validTo >= $asOf))
  RETURN l, o AS listedBy
  UNION
  MATCH (o)<-[:PART_OF]-(c:Committee)-[l:LISTS]->(:Product {id: $product})
  WHERE $asOf IS NULL OR ((l.validFrom IS NULL OR l.validFrom <= $asOf) AND (l.validTo IS NULL OR l.validTo >= $asOf))
  RETURN l, c AS listedBy
}
RETURN eid, labels(listedBy) AS labels, listedBy.id AS id, listedBy.name AS name, l.tier AS tier, l.priorAuth AS priorAuth,
       l.stepTherapy AS stepTherapy, l.excluded AS excluded
