// What a KAM needs beside an influence score, for a batch of people valid on $asOf: their positions
// (organization and title), our team's coverage of them (who, strength, last contact) and their roles in the
// DMU of decision $decision (none when $decision is null).
UNWIND $ids AS eid
MATCH (p) WHERE elementId(p) = eid
RETURN eid,
  COLLECT {
    MATCH (p)-[w:WORKS_AT]->(o:Organization)
    WHERE $asOf IS NULL OR ((w.validFrom IS NULL OR w.validFrom <= $asOf) AND (w.validTo IS NULL OR w.validTo >= $asOf))
    RETURN {labels: labels(o), id: o.id, name: o.name, title: w.title} ORDER BY o.name, o.id
  } AS positions,
  COLLECT {
    MATCH (t:TeamMember)-[c:COVERS]->(p)
    WHERE $asOf IS NULL OR ((c.validFrom IS NULL OR c.validFrom <= $asOf) AND (c.validTo IS NULL OR c.validTo >= $asOf))
    RETURN {id: t.id, name: t.name, strength: c.strength, lastContact: c.lastContact}
    ORDER BY coalesce(c.strength, 0) DESC, t.id
  } AS coverage,
  COLLECT {
    MATCH (p)-[m:IN_DMU]->(:Decision {id: $decision})
    WHERE $asOf IS NULL OR ((m.validFrom IS NULL OR m.validFrom <= $asOf) AND (m.validTo IS NULL OR m.validTo >= $asOf))
    RETURN m.role ORDER BY m.role
  } AS roles
