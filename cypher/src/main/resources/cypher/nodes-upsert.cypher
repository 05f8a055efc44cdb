// Upserts nodes of one kind by id: absent properties keep their stored values.
UNWIND $rows AS row
MERGE (n:{{label}} {id: row.id})
SET n += row.props{{setExtraLabels}}
