UNWIND $ids AS eid
MATCH (n) WHERE elementId(n) = eid AND any(l IN labels(n) WHERE l IN $labels)
RETURN elementId(n) AS eid, labels(n) AS labels, n.id AS id, n.name AS name
