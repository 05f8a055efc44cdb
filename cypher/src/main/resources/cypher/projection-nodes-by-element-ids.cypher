// The nodes of a neighbourhood, flagged whether they are of a projected kind (the others are the scope's support).
UNWIND $ids AS eid
MATCH (n) WHERE elementId(n) = eid
RETURN elementId(n) AS eid, labels(n) AS labels, n.id AS id, n.name AS name, any(l IN labels(n) WHERE l IN $labels) AS projected
