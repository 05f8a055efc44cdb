// Organizations whose formulary closes a product (or every product of a therapeutic area they list) on $asOf:
// they exclude it. Spend for that product cannot pass through them.
MATCH (p:Product)
WHERE ($product IS NOT NULL AND p.id = $product) OR ($area IS NOT NULL AND p.therapeuticArea = $area)
WITH collect(p) AS products
UNWIND products AS p
MATCH (o)-[l:LISTS]->(p)
WHERE $asOf IS NULL OR ((l.validFrom IS NULL OR l.validFrom <= $asOf) AND (l.validTo IS NULL OR l.validTo >= $asOf))
WITH o, size(products) AS wanted, count(DISTINCT p) AS listed, count(DISTINCT CASE WHEN l.excluded = true THEN p END) AS excluded
WHERE excluded > 0 AND excluded = listed
RETURN labels(o) AS labels, o.id AS id
