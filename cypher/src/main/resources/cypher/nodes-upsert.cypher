// Upserts nodes of one kind by id: absent properties keep their stored values. Aliases (ids in other systems,
// "system:id;system:id") are united, not replaced: a clinician matched by the CRM keeps the other CRM's alias.
UNWIND $rows AS row
MERGE (n:{{label}} {id: row.id})
WITH n, row, n.aliases AS before
SET n += row.props{{setExtraLabels}}
SET n.aliases = CASE
    WHEN before IS NULL OR row.props.aliases IS NULL THEN n.aliases
    ELSE reduce(acc = before, a IN split(row.props.aliases, ';') |
        CASE WHEN a IN split(acc, ';') THEN acc ELSE acc + ';' + a END)
  END
