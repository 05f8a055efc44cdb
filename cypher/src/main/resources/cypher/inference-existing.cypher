// Influence inferred from evidence (docs/INFERENCE.md): the open inferred INFLUENCES (source $source, no validTo)
// leaving a batch of people ($ids), to people within $scope: what a run compares its result with.
UNWIND $ids AS eid
MATCH (i) WHERE elementId(i) = eid
MATCH (i)-[r:INFLUENCES]->(j:Person)
WHERE r.source = $source AND r.validTo IS NULL AND {{include fragment-visible j}}
RETURN eid AS a, elementId(j) AS b, elementId(r) AS rel, r.strength AS strength, r.basis AS basis,
       r.evidence AS evidence, r.validFrom AS validFrom
