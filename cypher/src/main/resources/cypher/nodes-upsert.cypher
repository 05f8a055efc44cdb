// Upserts nodes of one kind by id: absent properties keep their stored values. Aliases (ids in other systems,
// "system:id;system:id") are united, not replaced: a clinician matched by the CRM keeps the other CRM's alias.
// A node a full snapshot ended (endedBy = its source) is open again when a row of that source holds it: that
// validTo is cleared (a validTo the row gives is kept).
UNWIND $rows AS row
MERGE (n:{{label}} {id: row.id})
WITH n, row, n.aliases AS before
SET n.validTo = CASE WHEN n.endedBy = row.props.source THEN null ELSE n.validTo END,
    n.endedBy = CASE WHEN n.endedBy = row.props.source THEN null ELSE n.endedBy END
SET n += row.props{{setExtraLabels}}
SET n.aliases = CASE
    WHEN before IS NULL OR row.props.aliases IS NULL THEN n.aliases
    ELSE reduce(acc = before, a IN split(row.props.aliases, ';') |
        CASE WHEN a IN split(acc, ';') THEN acc ELSE acc + ';' + a END)
  END
