// Influence inferred from evidence (docs/INFERENCE.md): what each person of a batch ($ids) brings to the KOL and
// adoption-order terms: their RECEIVED_PAYMENT of the natures $kolNatures valid in the window ($since to $asOf),
// and their PRESCRIBES up to $asOf (product element id and name, validFrom).
UNWIND $ids AS eid
MATCH (i:Person) WHERE elementId(i) = eid
WITH eid, i,
  [(i)-[p:RECEIVED_PAYMENT]->(d:Product) WHERE p.nature IN $kolNatures AND {{include fragment-in-window p}}
    | {product: elementId(d), name: d.name, nature: p.nature, payments: p.payments, amount: p.amount, date: p.validFrom}] AS payments,
  [(i)-[x:PRESCRIBES]->(d:Product) WHERE x.validFrom <= $asOf | {product: elementId(d), name: d.name, from: x.validFrom}] AS prescribing
WHERE size(payments) > 0 OR size(prescribing) > 0
RETURN eid AS a, payments, prescribing
