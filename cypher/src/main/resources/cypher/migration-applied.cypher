MATCH (m:__KamMigration) RETURN m.version AS version, m.checksum AS checksum
