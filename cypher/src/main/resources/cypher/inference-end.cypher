// Influence inferred from evidence: ends inferred INFLUENCES whose evidence vanished ($rows: rel element id,
// validTo); history is kept, nothing is deleted; only relationships with source $source are touched.
UNWIND $rows AS row
MATCH ()-[r:INFLUENCES]->() WHERE elementId(r) = row.rel AND r.source = $source
SET r.validTo = row.validTo, r.lastVerified = row.lastVerified
