// Influence inferred from evidence (docs/INFERENCE.md): for a batch of people i (element ids $ids), every person j
// tied to i in the evidence window ($since to $asOf) by a referral either way (REFERS_TO), a committee both sat on
// at the same time (SITS_ON) or a reporting line either way (REPORTS_TO), valid on $asOf and within $scope, with
// the evidence that i influences j:
// - referrals: REFERS_TO j -> i (j referred patients to i, the receiver);
// - committees: committees both sat on, with both seats' validFrom (the later is "since");
// - reports: REPORTS_TO j -> i (j reports to i), with its validFrom;
// - payments: i's RECEIVED_PAYMENT of the natures $kolNatures for products j prescribes in the window;
// - adoptions: products both prescribe, with the validFrom of i's and of j's PRESCRIBES (up to $asOf).
UNWIND $ids AS eid
MATCH (i:Person) WHERE elementId(i) = eid
CALL (i) {
  MATCH (i)-[r:REFERS_TO]-(j:Person) WHERE {{include fragment-in-window r}} RETURN j
  UNION
  MATCH (i)-[s1:SITS_ON]->(:Committee)<-[s2:SITS_ON]-(j:Person)
  WHERE {{include fragment-in-window s1}} AND {{include fragment-in-window s2}}
    AND (s1.validFrom IS NULL OR s2.validTo IS NULL OR s1.validFrom <= s2.validTo)
    AND (s2.validFrom IS NULL OR s1.validTo IS NULL OR s2.validFrom <= s1.validTo)
  RETURN j
  UNION
  MATCH (i)-[l:REPORTS_TO]-(j:Person) WHERE {{include fragment-in-window l}} RETURN j
}
WITH eid, i, j
WHERE j <> i
  AND (j.validFrom IS NULL OR j.validFrom <= $asOf) AND (j.validTo IS NULL OR j.validTo >= $asOf)
  AND {{include fragment-visible j}}
RETURN eid AS a, elementId(j) AS b,
  [(j)-[r:REFERS_TO]->(i) WHERE {{include fragment-in-window r}}
    | {patients: r.patients, claims: r.claims, sameDay: r.sameDay, from: r.validFrom}] AS referrals,
  [(i)-[s1:SITS_ON]->(c:Committee)<-[s2:SITS_ON]-(j)
    WHERE {{include fragment-in-window s1}} AND {{include fragment-in-window s2}}
      AND (s1.validFrom IS NULL OR s2.validTo IS NULL OR s1.validFrom <= s2.validTo)
      AND (s2.validFrom IS NULL OR s1.validTo IS NULL OR s2.validFrom <= s1.validTo)
    | {name: c.name, from1: s1.validFrom, from2: s2.validFrom}] AS committees,
  [(j)-[l:REPORTS_TO]->(i) WHERE {{include fragment-in-window l}} | {from: l.validFrom}] AS reports,
  [(i)-[p:RECEIVED_PAYMENT]->(d:Product)<-[x:PRESCRIBES]-(j)
    WHERE p.nature IN $kolNatures AND {{include fragment-in-window p}} AND {{include fragment-in-window x}}
    | {product: d.name, nature: p.nature, payments: p.payments, amount: p.amount, date: p.validFrom}] AS payments,
  [(i)-[x1:PRESCRIBES]->(d:Product)<-[x2:PRESCRIBES]-(j)
    WHERE x1.validFrom <= $asOf AND x2.validFrom <= $asOf AND {{include fragment-in-window x2}}
    | {product: d.name, first: x1.validFrom, then: x2.validFrom}] AS adoptions
