MATCH (s:__KamScenario)
RETURN s.name AS name, s.savedAt AS savedAt, s.changes AS changes
ORDER BY s.name
