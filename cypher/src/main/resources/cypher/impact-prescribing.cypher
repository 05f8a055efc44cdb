// Each product's prescribing on $asOf in the part of the market the user sees: annual spend (PRESCRIBES amounts),
// and the claims and spend of the prescriptions that state both (for a cost per claim).
MATCH (c:Clinician)-[rx:PRESCRIBES]->(p:Product)
WHERE ($asOf IS NULL OR ((rx.validFrom IS NULL OR rx.validFrom <= $asOf) AND (rx.validTo IS NULL OR rx.validTo >= $asOf)))
  AND {{include fragment-visible c}}
RETURN p.id AS product, sum(coalesce(rx.amount, 0.0)) AS spend,
       sum(CASE WHEN rx.amount IS NOT NULL AND rx.claims > 0 THEN rx.claims ELSE 0 END) AS claims,
       sum(CASE WHEN rx.amount IS NOT NULL AND rx.claims > 0 THEN rx.amount ELSE 0.0 END) AS claimedSpend
