MERGE (m:__KamMigration {version: $version})
SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
