// The organization (a payer, PBM or committee) whose listing changes, with its formulary's tier count when the
// model records one (formularyTiers; absent otherwise).
MATCH (o:{{label}} {id: $id})
RETURN elementId(o) AS eid, o.name AS name, o.formularyTiers AS formularyTiers
LIMIT 1
