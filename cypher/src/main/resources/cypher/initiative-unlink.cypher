// Ends, on $on, the links of initiative $id that are valid then to owners $owners, stakeholders $stakeholders and
// products $products (history is kept: validTo is set; a link that began after $on - 1 day is ended the day it began).
MATCH (i:Initiative {id: $id})
OPTIONAL MATCH (i)-[r:OWNS|ENGAGES|TARGETS]-(n)
WHERE ((type(r) = 'OWNS' AND n.id IN $owners) OR (type(r) = 'ENGAGES' AND n.id IN $stakeholders)
       OR (type(r) = 'TARGETS' AND n.id IN $products))
  AND (r.validFrom IS NULL OR r.validFrom <= $on) AND (r.validTo IS NULL OR r.validTo >= $on)
FOREACH (x IN CASE WHEN r IS NULL THEN [] ELSE [r] END |
  SET x.validTo = CASE WHEN x.validFrom IS NOT NULL AND x.validFrom > $on - duration('P1D') THEN x.validFrom ELSE $on - duration('P1D') END)
RETURN count(r) AS ended
