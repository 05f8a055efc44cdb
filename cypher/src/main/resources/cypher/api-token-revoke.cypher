// Revokes a token by its public id; returns its hash so caches can forget it.
MATCH (t:__KamApiToken {id: $id})
WHERE t.revokedAt IS NULL
SET t.revokedAt = $at, t.revokedBy = $by
RETURN t.hash AS hash
