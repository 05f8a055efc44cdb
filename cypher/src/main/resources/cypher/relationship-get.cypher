// One relationship by its identity (start, type, end, validFrom).
MATCH (a:{{from}} {id: $fromId})-[r:{{type}}]->(b:{{to}} {id: $toId})
WHERE coalesce(r.validFrom, date('0001-01-01')) = coalesce($validFrom, date('0001-01-01'))
RETURN a, r, b
