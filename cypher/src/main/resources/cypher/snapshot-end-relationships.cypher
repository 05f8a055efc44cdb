// Ends (never deletes) relationships gone from a full snapshot: valid until the day before its as-of day. endedBy
// names the source, so that the relationship is open again when that source holds it again (relationships-upsert).
UNWIND $ids AS id
MATCH ()-[r]->()
WHERE elementId(r) = id
SET r.validTo = $validTo, r.endedBy = $source
