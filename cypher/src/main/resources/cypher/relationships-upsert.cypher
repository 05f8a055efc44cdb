// Upserts relationships by their identity (start, type, end, validFrom); an absent validFrom is one value.
// Rows in one batch have distinct identities (deduplicated before).
UNWIND $rows AS row
MATCH (a:{{from}} {id: row.start})
MATCH (b:{{to}} {id: row.end})
OPTIONAL MATCH (a)-[old:{{type}}]->(b)
  WHERE coalesce(old.validFrom, date('0001-01-01')) = coalesce(row.props.validFrom, date('0001-01-01'))
WITH a, b, row, head(collect(old)) AS existing
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[r:{{type}}]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN existing IS NULL THEN [] ELSE [1] END |
  SET existing += row.props)
