// Influence inferred from evidence: changes inferred INFLUENCES whose strength, basis, evidence or date changed
// ($rows: rel element id, props); only relationships with source $source are touched.
UNWIND $rows AS row
MATCH ()-[r:INFLUENCES]->() WHERE elementId(r) = row.rel AND r.source = $source
SET r += row.props
