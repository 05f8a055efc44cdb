// A new API token: only the SHA-256 hash of its secret is stored.
CREATE (t:__KamApiToken {id: $id, hash: $hash, name: $name, roles: $roles, territories: $territories,
                         createdAt: $createdAt, createdBy: $createdBy, expiresAt: $expiresAt})
