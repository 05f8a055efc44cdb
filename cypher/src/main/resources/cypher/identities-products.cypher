// Entity resolution: every product, by name, generic name and RxNorm concept ids.
MATCH (p:Product)
RETURN p.id AS id, p.name AS name, p.genericName AS genericName, p.rxcui AS rxcui
