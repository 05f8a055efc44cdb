// Every token, revoked ones too, without hashes.
MATCH (t:__KamApiToken)
RETURN t.id AS id, t.name AS name, t.roles AS roles, t.territories AS territories, t.createdAt AS createdAt,
       t.createdBy AS createdBy, t.expiresAt AS expiresAt, t.revokedAt AS revokedAt, t.revokedBy AS revokedBy
ORDER BY t.createdAt, t.id
