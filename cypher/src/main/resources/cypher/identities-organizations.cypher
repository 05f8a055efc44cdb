// Entity resolution: every organization with an NPI (hospitals, clinics, pharmacies), by NPI.
MATCH (o:Organization)
WHERE o.npi IS NOT NULL
RETURN o.id AS id, o.npi AS npi, labels(o) AS labels
