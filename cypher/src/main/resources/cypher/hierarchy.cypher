// An account's hierarchy: organizations PART_OF it (hospitals, clinics, departments, committees, pharmacies),
// then the people who work at or sit on them. Breadth-first, valid on $asOf, to $depth levels.
MATCH (root:{{label}} {id: $id})
CALL (root) {
  MATCH p = (root)<-[:PART_OF|MEMBER_OF*1..6]-(org:Organization)
  WHERE all(r IN relationships(p) WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))
    AND length(p) <= $depth
  WITH org, p ORDER BY length(p)
  WITH org, head(collect(p)) AS p
  RETURN org AS node, nodes(p)[-2] AS parent, type(last(relationships(p))) AS via, length(p) AS depth
  UNION
  WITH root
  MATCH p = (root)<-[:PART_OF|MEMBER_OF*0..6]-(org:Organization)<-[r:WORKS_AT|SITS_ON]-(person:Person)
  WHERE all(x IN relationships(p) WHERE (x.validFrom IS NULL OR x.validFrom <= $asOf) AND (x.validTo IS NULL OR x.validTo >= $asOf))
    AND length(p) <= $depth
  // A person shows once, at their shallowest place, under a position (WORKS_AT) before a committee seat.
  WITH person, p ORDER BY length(p), CASE type(last(relationships(p))) WHEN 'WORKS_AT' THEN 0 ELSE 1 END
  WITH person, head(collect(p)) AS p
  RETURN person AS node, nodes(p)[-2] AS parent, type(last(relationships(p))) AS via, length(p) AS depth
}
RETURN node, parent, via, depth
ORDER BY depth, via, node.name, node.id
LIMIT $limit
