// Every product an organization lists on $asOf, with its position (the latest listing valid that day first).
MATCH (o:{{label}} {id: $id})-[l:LISTS]->(p:Product)
WHERE $asOf IS NULL OR ((l.validFrom IS NULL OR l.validFrom <= $asOf) AND (l.validTo IS NULL OR l.validTo >= $asOf))
RETURN p.id AS product, p.name AS name, p.therapeuticArea AS area, l.tier AS tier, l.priorAuth AS priorAuth,
       l.stepTherapy AS stepTherapy, l.excluded AS excluded
ORDER BY p.id, l.validFrom DESC
