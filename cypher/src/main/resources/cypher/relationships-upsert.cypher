// Upserts relationships by their identity (start, type, end, validFrom, side); an absent validFrom is one value. The
// side is whether the relationship was inferred (source 'inferred', docs/INFERENCE.md) or entered (any other source):
// a row entered by a user or the CRM never overwrites an inferred edge, nor the reverse; both are kept.
// Rows in one batch have distinct identities (deduplicated before).
UNWIND $rows AS row
MATCH (a:{{from}} {id: row.start})
MATCH (b:{{to}} {id: row.end})
OPTIONAL MATCH (a)-[old:{{type}}]->(b)
  WHERE coalesce(old.validFrom, date('0001-01-01')) = coalesce(row.props.validFrom, date('0001-01-01'))
    AND (coalesce(old.source, '') = 'inferred') = (coalesce(row.props.source, '') = 'inferred')
WITH a, b, row, head(collect(old)) AS existing
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[r:{{type}}]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN existing IS NULL THEN [] ELSE [1] END |
  SET existing += row.props)
