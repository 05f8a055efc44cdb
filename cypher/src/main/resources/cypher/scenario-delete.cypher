MATCH (s:__KamScenario {name: $name})
DELETE s
