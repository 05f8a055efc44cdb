// Whether the database holds any node of the model (migration bookkeeping does not count).
RETURN EXISTS { MATCH (n) WHERE NOT n:__KamMigration } AS hasData
