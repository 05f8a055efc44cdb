// Nodes of one kind, from Neo4j's count store (a static label: a dynamic one scans the store instead).
MATCH (n:{{label}})
RETURN count(n) AS count
