// An organization's listing of a product on $asOf (none when it does not list it).
MATCH (o:{{label}} {id: $id})-[l:LISTS]->(p:Product {id: $product})
WHERE $asOf IS NULL OR ((l.validFrom IS NULL OR l.validFrom <= $asOf) AND (l.validTo IS NULL OR l.validTo >= $asOf))
RETURN l.tier AS tier, l.priorAuth AS priorAuth, l.stepTherapy AS stepTherapy, l.excluded AS excluded
LIMIT 1
