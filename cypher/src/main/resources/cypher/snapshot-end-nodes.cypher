// Ends (never deletes) nodes gone from a full snapshot: valid until the day before its as-of day. endedBy names the
// source, so that the node is open again (validTo cleared) when that source holds it again (nodes-upsert).
UNWIND $ids AS id
MATCH (n)
WHERE elementId(n) = id
SET n.validTo = $validTo, n.endedBy = $source
