// Entity resolution: every hospital with a CMS certification number, by CCN.
MATCH (h:Hospital)
WHERE h.ccn IS NOT NULL
RETURN h.id AS id, h.ccn AS ccn
