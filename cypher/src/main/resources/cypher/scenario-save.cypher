// Saves (or replaces) a what-if scenario by name.
MERGE (s:__KamScenario {name: $name})
SET s.changes = $changes, s.savedAt = $savedAt
