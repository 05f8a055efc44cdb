// Every product with its therapeutic area and whether it is ours: the scope of key-account scoring is chosen from them.
MATCH (p:Product)
RETURN p.id AS id, p.name AS name, p.therapeuticArea AS area, coalesce(p.ours, false) AS ours
ORDER BY p.id
