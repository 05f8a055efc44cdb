// Relationships of one type, from Neo4j's count store (a static type: a dynamic one scans the store instead).
MATCH ()-[r:{{type}}]->()
RETURN count(r) AS count
