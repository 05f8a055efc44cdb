// Projection scope: every node of the given kinds.
UNWIND $labels AS label
CALL (label) { MATCH (n:$(label)) RETURN n }
RETURN DISTINCT elementId(n) AS eid, labels(n) AS labels, n.id AS id, n.name AS name
