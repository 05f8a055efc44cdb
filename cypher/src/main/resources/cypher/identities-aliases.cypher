// Entity resolution: every node with ids in other systems (aliases "system:id;system:id").
MATCH (n)
WHERE n.aliases IS NOT NULL
RETURN n.id AS id, n.aliases AS aliases, labels(n) AS labels
