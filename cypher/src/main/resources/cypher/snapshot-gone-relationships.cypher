// A full snapshot was imported: the relationships this source wrote before and the snapshot no longer holds.
MATCH ()-[r]->()
WHERE r.source = $source AND r.validTo IS NULL AND r.lastVerified < $asOf
RETURN elementId(r) AS id
