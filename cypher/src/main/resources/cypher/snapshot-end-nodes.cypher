// Ends (never deletes) nodes gone from a full snapshot: valid until the day before its as-of day.
UNWIND $ids AS id
MATCH (n)
WHERE elementId(n) = id
SET n.validTo = $validTo
