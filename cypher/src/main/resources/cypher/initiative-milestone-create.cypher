// A new milestone (properties $props) of the initiative $initiative, linked with the properties $rel.
MATCH (i:Initiative {id: $initiative})
CREATE (m:Milestone)
SET m = $props
CREATE (m)-[r:MILESTONE_OF]->(i)
SET r = $rel
RETURN m.id AS id
