// How many products match a product id or a therapeutic area (to tell an unknown one from an empty answer).
MATCH (p:Product)
WHERE ($product IS NOT NULL AND p.id = $product) OR ($area IS NOT NULL AND p.therapeuticArea = $area)
RETURN count(p) AS products
