// The token whose secret hashes to $hash, unless revoked.
MATCH (t:__KamApiToken {hash: $hash})
WHERE t.revokedAt IS NULL
RETURN t.id AS id, t.name AS name, t.roles AS roles, t.territories AS territories, t.expiresAt AS expiresAt
