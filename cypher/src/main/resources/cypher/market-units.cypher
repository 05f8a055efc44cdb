// An organization and the organizations under it (PART_OF, MEMBER_OF) on $asOf: one account for money questions.
MATCH (root:{{label}} {id: $id})
MATCH p = (root)<-[:PART_OF|MEMBER_OF*0..6]-(o:Organization)
WHERE $asOf IS NULL OR all(r IN relationships(p) WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))
RETURN DISTINCT labels(o) AS labels, o.id AS id
