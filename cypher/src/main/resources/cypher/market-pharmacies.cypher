// Pharmacies chosen by id, by pharmacy type and/or by region (null arguments do not filter).
MATCH (p:Pharmacy)
WHERE ($id IS NULL OR p.id = $id)
  AND ($pharmacyType IS NULL OR p.pharmacyType = $pharmacyType)
  AND ($region IS NULL OR p.region = $region)
  AND ($asOf IS NULL OR ((p.validFrom IS NULL OR p.validFrom <= $asOf) AND (p.validTo IS NULL OR p.validTo >= $asOf)))
RETURN p.id AS id
