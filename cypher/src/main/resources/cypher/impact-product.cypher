// A product and its therapeutic area.
MATCH (p:Product {id: $id})
RETURN p.name AS name, p.therapeuticArea AS area
LIMIT 1
