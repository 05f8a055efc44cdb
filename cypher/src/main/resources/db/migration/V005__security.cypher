// API tokens (stored as SHA-256 hashes only) and the audit log, kept beside the graph under labels outside the
// model, so no query, search or projection ever sees them.
CREATE CONSTRAINT kam_api_token_id IF NOT EXISTS FOR (t:__KamApiToken) REQUIRE t.id IS UNIQUE;
CREATE INDEX kam_api_token_hash IF NOT EXISTS FOR (t:__KamApiToken) ON (t.hash);
CREATE INDEX kam_audit_at IF NOT EXISTS FOR (a:__KamAudit) ON (a.at);
