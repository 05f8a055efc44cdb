// Influence inferred from evidence (docs/INFERENCE.md): whether any inferred INFLUENCES (source $source) exists; a
// run on a store without any only creates (it reads no existing edges).
RETURN EXISTS { MATCH ()-[r:INFLUENCES]->() WHERE r.source = $source } AS any
