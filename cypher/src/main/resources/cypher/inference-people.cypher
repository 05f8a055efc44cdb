// Influence inferred from evidence (docs/INFERENCE.md): the people whose influence is inferred, every Person
// (clinicians too) valid on $asOf within the territories $scope (all when $scope is null; the rule of
// fragment-visible), in the order of their element ids.
MATCH (n:Person)
WHERE (n.validFrom IS NULL OR n.validFrom <= $asOf) AND (n.validTo IS NULL OR n.validTo >= $asOf)
  AND {{include fragment-visible n}}
RETURN elementId(n) AS eid
ORDER BY eid
