MATCH (a:{{from}} {id: $fromId})
MATCH (b:{{to}} {id: $toId})
CREATE (a)-[r:{{type}}]->(b)
SET r = $props
RETURN a, r, b
