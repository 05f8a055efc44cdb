// A product's annual prescribing spend at organizations (by element id) on $asOf: the PRESCRIBES amounts of
// clinicians working there or at a unit under them.
UNWIND $ids AS eid
MATCH (o) WHERE elementId(o) = eid
CALL (o) {
  MATCH (o)<-[:PART_OF*0..3]-(u:Organization)<-[w:WORKS_AT]-(c:Clinician)-[rx:PRESCRIBES]->(:Product {id: $product})
  WHERE $asOf IS NULL OR ((w.validFrom IS NULL OR w.validFrom <= $asOf) AND (w.validTo IS NULL OR w.validTo >= $asOf)
                          AND (rx.validFrom IS NULL OR rx.validFrom <= $asOf) AND (rx.validTo IS NULL OR rx.validTo >= $asOf))
  WITH DISTINCT c, rx
  RETURN sum(coalesce(rx.amount, 0.0)) AS spend
}
RETURN eid, spend
