// A milestone and the initiative it belongs to.
MATCH (m:Milestone {id: $id})
OPTIONAL MATCH (m)-[:MILESTONE_OF]->(i:Initiative)
RETURN m, i.id AS initiative
