// Entity resolution: every clinician (and other person) with an NPI, by NPI.
MATCH (c:Person)
WHERE c.npi IS NOT NULL
RETURN c.id AS id, c.npi AS npi, c:Clinician AS clinician
