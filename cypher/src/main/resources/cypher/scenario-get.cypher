MATCH (s:__KamScenario {name: $name})
RETURN s.name AS name, s.savedAt AS savedAt, s.changes AS changes
