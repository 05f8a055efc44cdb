// Every stored REPORTS_TO relationship (from the report to the manager) with its validity, for the check that no
// import or edit closes a reporting-line cycle; team members and people are kept apart by their id space.
MATCH (a)-[r:REPORTS_TO]->(b)
RETURN CASE WHEN a:TeamMember THEN 'TeamMember' ELSE 'Person' END AS fromSpace, a.id AS fromId,
       CASE WHEN b:TeamMember THEN 'TeamMember' ELSE 'Person' END AS toSpace, b.id AS toId,
       r.validFrom AS validFrom, r.validTo AS validTo
