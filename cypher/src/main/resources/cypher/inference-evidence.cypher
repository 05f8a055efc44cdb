// Influence inferred from evidence (docs/INFERENCE.md): for a batch of people i (element ids $ids), every person j
// tied to i in the evidence window ($since to $asOf) by a referral either way (REFERS_TO), a committee both sat on
// at the same time (SITS_ON) or a reporting line either way (REPORTS_TO), valid on $asOf and within $scope, with
// the evidence read on the way (one traversal of i's ties, no second look-up per pair):
// - referrals: REFERS_TO j -> i (j referred patients to i, the receiver);
// - committees: committees both sat on, with both seats' validFrom (the later is "since");
// - reports: REPORTS_TO j -> i (j reports to i), with its validFrom.
// j's prescribing is read apart (inference-prescribing), once per batch and only for the people tied to someone with
// KOL payments or prescribing (inference-own): a pair's row does not repeat j's prescribing list.
UNWIND $ids AS eid
MATCH (i:Person) WHERE elementId(i) = eid
CALL (i) {
  MATCH (i)-[r:REFERS_TO]-(j:Person) WHERE {{include fragment-in-window r}}
  RETURN j, CASE WHEN endNode(r) = i THEN {patients: r.patients, claims: r.claims, sameDay: r.sameDay, from: r.validFrom} END AS referral,
         null AS committee, null AS report
  UNION ALL
  MATCH (i)-[s1:SITS_ON]->(c:Committee)<-[s2:SITS_ON]-(j:Person)
  WHERE {{include fragment-in-window s1}} AND {{include fragment-in-window s2}}
    AND (s1.validFrom IS NULL OR s2.validTo IS NULL OR s1.validFrom <= s2.validTo)
    AND (s2.validFrom IS NULL OR s1.validTo IS NULL OR s2.validFrom <= s1.validTo)
  RETURN j, null AS referral, {name: c.name, from1: s1.validFrom, from2: s2.validFrom} AS committee, null AS report
  UNION ALL
  MATCH (i)-[l:REPORTS_TO]-(j:Person) WHERE {{include fragment-in-window l}}
  RETURN j, null AS referral, null AS committee, CASE WHEN endNode(l) = i THEN {from: l.validFrom} END AS report
}
WITH eid, i, j, collect(referral) AS referrals, collect(committee) AS committees, collect(report) AS reports
WHERE j <> i
  AND (j.validFrom IS NULL OR j.validFrom <= $asOf) AND (j.validTo IS NULL OR j.validTo >= $asOf)
  AND {{include fragment-visible j}}
RETURN eid AS a, elementId(j) AS b, referrals, committees, reports
