package org.kamgraph.api.whatif;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kamgraph.analytics.whatif.Scenario;
import org.kamgraph.cypher.Cypher;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.NotFoundException;
import org.springframework.boot.json.JsonParserFactory;

/**
 * Saved scenarios, kept in the database beside the graph (label {@code __KamScenario}, outside the model, so no
 * query or projection ever sees them) by name, with their changes as JSON, so they can be re-run on later data.
 */
public final class ScenarioStore {
    private final Neo4jRunner runner;

    public ScenarioStore(Neo4jRunner runner) {
        this.runner = runner;
    }

    public record Saved(String name, String savedAt, Scenario scenario) {
        public List<String> changes() {
            return scenario.changes().stream().map(Scenario.Change::describe).toList();
        }
    }

    public Saved save(String name, Scenario scenario) {
        String savedAt = OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString();
        runner.write(Cypher.load("scenario-save"), Map.of("name", name, "changes", json(scenario), "savedAt", savedAt));
        return new Saved(name, savedAt, scenario);
    }

    public List<Saved> list() {
        return runner.read(Cypher.load("scenario-list"), Map.of(), r -> saved(r.get("name").asString(), r.get("savedAt").asString(),
                r.get("changes").asString()));
    }

    /** @throws NotFoundException naming {@code argument} if there is no scenario of that name */
    public Saved get(String name, String argument) {
        List<Saved> found = runner.read(Cypher.load("scenario-get"), Map.of("name", name),
                r -> saved(r.get("name").asString(), r.get("savedAt").asString(), r.get("changes").asString()));
        if (found.isEmpty()) {
            throw new NotFoundException(argument, "no saved scenario named '" + name + "'");
        }
        return found.getFirst();
    }

    public boolean delete(String name) {
        return runner.write(Cypher.load("scenario-delete"), Map.of("name", name)).counters().nodesDeleted() > 0;
    }

    @SuppressWarnings("unchecked")
    private static Saved saved(String name, String savedAt, String json) {
        List<Object> list = JsonParserFactory.getJsonParser().parseList(json);
        List<Map<String, Object>> maps = new ArrayList<>();
        for (Object o : list) {
            maps.add((Map<String, Object>) o);
        }
        return new Saved(name, savedAt, Scenario.fromMaps(maps));
    }

    /** The changes as a JSON array of flat string maps. */
    static String json(Scenario s) {
        StringBuilder sb = new StringBuilder("[");
        for (Scenario.Change c : s.changes()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(c.toMap()).entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                sb.append(quote(e.getKey())).append(':').append(quote(e.getValue()));
            }
            sb.append('}');
        }
        return sb.append(']').toString();
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('"').toString();
    }
}
