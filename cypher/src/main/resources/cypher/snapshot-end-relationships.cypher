// Ends (never deletes) relationships gone from a full snapshot: valid until the day before its as-of day.
UNWIND $ids AS id
MATCH ()-[r]->()
WHERE elementId(r) = id
SET r.validTo = $validTo
