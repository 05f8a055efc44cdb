// The ids of the products a product id or a therapeutic area names (none: an unknown product or area).
MATCH (p:Product)
WHERE ($product IS NOT NULL AND p.id = $product) OR ($area IS NOT NULL AND p.therapeuticArea = $area)
RETURN p.id AS id
ORDER BY id
