// Sets properties of one node; null values remove properties.
MATCH (n:{{label}} {id: $id})
SET n += $props
RETURN n
