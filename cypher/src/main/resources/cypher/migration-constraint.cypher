// Bookkeeping for schema migrations: one node per applied version.
CREATE CONSTRAINT kam_migration_version IF NOT EXISTS FOR (m:__KamMigration) REQUIRE m.version IS UNIQUE
