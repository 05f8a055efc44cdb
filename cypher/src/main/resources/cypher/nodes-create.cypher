// Bulk path for an empty database: ids were checked unique before, so no lookup is needed.
UNWIND $rows AS row
CREATE (n:{{label}}{{extraLabels}})
SET n = row.props
