// Entity resolution: health systems and hospitals by name (for files that name a parent organization without an id).
MATCH (o)
WHERE (o:Idn OR o:Hospital) AND o.name IS NOT NULL
RETURN o.id AS id, o.name AS name, labels(o) AS labels
