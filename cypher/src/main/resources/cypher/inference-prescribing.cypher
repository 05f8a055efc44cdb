// Influence inferred from evidence (docs/INFERENCE.md): the prescribing of people tied to someone of a batch who has
// KOL payments or prescribing ($ids: element ids), read once per batch: PRESCRIBES up to $asOf (product element id,
// validFrom, whether valid in the evidence window $since to $asOf), for the KOL and adoption-order terms.
UNWIND $ids AS eid
MATCH (j) WHERE elementId(j) = eid
WITH eid, [(j)-[x:PRESCRIBES]->(d:Product) WHERE x.validFrom <= $asOf
    | {product: elementId(d), from: x.validFrom, current: {{include fragment-in-window x}}}] AS prescribing
WHERE size(prescribing) > 0
RETURN eid AS b, prescribing
