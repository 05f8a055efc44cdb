MATCH (n) WHERE elementId(n) IN $ids
RETURN n
