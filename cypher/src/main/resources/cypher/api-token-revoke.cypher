// Revokes a token by its public id; returns it as listed, and its hash so caches can forget it.
MATCH (t:__KamApiToken {id: $id})
WHERE t.revokedAt IS NULL
SET t.revokedAt = $at, t.revokedBy = $by
RETURN t.hash AS hash, t.id AS id, t.name AS name, t.roles AS roles, t.territories AS territories, t.createdAt AS createdAt,
       t.createdBy AS createdBy, t.expiresAt AS expiresAt, t.revokedAt AS revokedAt, t.revokedBy AS revokedBy
