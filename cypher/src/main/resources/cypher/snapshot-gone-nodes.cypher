// A full snapshot was imported: the nodes this source wrote before and the snapshot no longer holds
// (not verified as of its day), still open.
MATCH (n)
WHERE n.source = $source AND n.validTo IS NULL AND n.lastVerified < $asOf
RETURN elementId(n) AS id
