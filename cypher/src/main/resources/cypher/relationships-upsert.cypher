// Upserts relationships by their identity (start, type, end, validFrom, side, and $identity: the type's identity
// properties, RelKind.identityProperties, e.g. a payment's nature); an absent validFrom is one value. The side is
// whether the relationship was inferred (source 'inferred', docs/INFERENCE.md) or entered (any other source): a row
// entered by a user or the CRM never overwrites an inferred edge, nor the reverse; both are kept.
// Rows in one batch have distinct identities (deduplicated before). A relationship a full snapshot ended
// (endedBy = its source) is open again when a row of that source holds it (a validTo the row gives is kept).
UNWIND $rows AS row
MATCH (a:{{from}} {id: row.start})
MATCH (b:{{to}} {id: row.end})
OPTIONAL MATCH (a)-[old:{{type}}]->(b)
  WHERE coalesce(old.validFrom, date('0001-01-01')) = coalesce(row.props.validFrom, date('0001-01-01'))
    AND all(k IN $identity WHERE coalesce(toString(old[k]), '') = coalesce(toString(row.props[k]), ''))
    AND (coalesce(old.source, '') = 'inferred') = (coalesce(row.props.source, '') = 'inferred')
WITH a, b, row, head(collect(old)) AS existing
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[r:{{type}}]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN existing IS NULL THEN [] ELSE [1] END |
  SET existing.validTo = CASE WHEN existing.endedBy = row.props.source THEN null ELSE existing.validTo END,
      existing.endedBy = CASE WHEN existing.endedBy = row.props.source THEN null ELSE existing.endedBy END
  SET existing += row.props)
