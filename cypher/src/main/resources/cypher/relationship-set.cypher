// Sets properties of one relationship found by its identity; null values remove properties.
MATCH (a:{{from}} {id: $fromId})-[r:{{type}}]->(b:{{to}} {id: $toId})
WHERE coalesce(r.validFrom, date('0001-01-01')) = coalesce($validFrom, date('0001-01-01'))
SET r += $props
RETURN a, r, b
