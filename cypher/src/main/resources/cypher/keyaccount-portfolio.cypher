// Annual prescribing spend per product of the people with element ids $people on $asOf and on $before: the
// account's portfolio view across our products and competitors'.
UNWIND $people AS eid
MATCH (p) WHERE elementId(p) = eid
MATCH (p)-[rx:PRESCRIBES]->(pr:Product)
WITH p, pr, rx,
     (rx.validFrom IS NULL OR rx.validFrom <= $asOf) AND (rx.validTo IS NULL OR rx.validTo >= $asOf) AS now,
     (rx.validFrom IS NULL OR rx.validFrom <= $before) AND (rx.validTo IS NULL OR rx.validTo >= $before) AS then
WHERE now OR then
WITH pr, sum(CASE WHEN now THEN coalesce(rx.amount, 0.0) ELSE 0.0 END) AS spend,
     sum(CASE WHEN then THEN coalesce(rx.amount, 0.0) ELSE 0.0 END) AS spendBefore,
     count(DISTINCT CASE WHEN now THEN p END) AS prescribers
RETURN pr.id AS id, pr.name AS name, pr.therapeuticArea AS area, coalesce(pr.ours, false) AS ours, spend, spendBefore, prescribers
ORDER BY spend DESC, id
