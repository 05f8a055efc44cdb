// Bulk path for an empty database: identities were checked distinct before, so no lookup of old ones.
UNWIND $rows AS row
MATCH (a:{{from}} {id: row.start})
MATCH (b:{{to}} {id: row.end})
CREATE (a)-[r:{{type}}]->(b)
SET r = row.props
