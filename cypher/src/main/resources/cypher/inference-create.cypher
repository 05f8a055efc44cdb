// Influence inferred from evidence: creates the inferred INFLUENCES of a batch ($rows: a, b element ids, props).
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[r:INFLUENCES]->(b)
SET r = row.props
