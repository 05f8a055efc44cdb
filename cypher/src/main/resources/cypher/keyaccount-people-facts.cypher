// Prescribing of the products $products per person:
//  spend: annual prescribing spend on $asOf;
//  spendThen / spendNowOfThen: like-for-like history over the (person, product) pairs that had a prescribing record
//          on $before: their spend then, and the same pairs' spend on $asOf (0 for a product no longer prescribed).
MATCH (pr:Product) WHERE pr.id IN $products
MATCH (p:Person)-[rx:PRESCRIBES]->(pr)
WITH p, pr,
     sum(CASE WHEN (rx.validFrom IS NULL OR rx.validFrom <= $asOf) AND (rx.validTo IS NULL OR rx.validTo >= $asOf)
              THEN coalesce(rx.amount, 0.0) ELSE 0.0 END) AS now,
     sum(CASE WHEN (rx.validFrom IS NULL OR rx.validFrom <= $before) AND (rx.validTo IS NULL OR rx.validTo >= $before)
              THEN coalesce(rx.amount, 0.0) ELSE 0.0 END) AS then,
     count(CASE WHEN (rx.validFrom IS NULL OR rx.validFrom <= $before) AND (rx.validTo IS NULL OR rx.validTo >= $before) THEN 1 END) AS thenRecords
WITH p, sum(now) AS spend,
     sum(CASE WHEN thenRecords > 0 THEN then ELSE 0.0 END) AS spendThen,
     sum(CASE WHEN thenRecords > 0 THEN now ELSE 0.0 END) AS spendNowOfThen,
     sum(thenRecords) AS thenRecords
WHERE spend > 0 OR thenRecords > 0
RETURN elementId(p) AS eid, spend, spendThen, spendNowOfThen, thenRecords > 0 AS hadBefore
