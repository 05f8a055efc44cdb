// Ends nodes of one kind that a published file named by key alone (e.g. a deactivated NPI): validTo, never deleted.
UNWIND $rows AS row
MATCH (n:{{label}} {id: row.id})
WHERE n.validTo IS NULL OR n.validTo <> row.validTo
SET n.validTo = row.validTo
