package org.kamgraph.api.security;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kamgraph.cypher.Cypher;
import org.kamgraph.cypher.GraphVersion;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.query.NodeView;
import org.neo4j.driver.Value;

/**
 * Computes and keeps, per set of territories, what a limited user may see. Recomputed after any write through
 * kam-graph ({@link GraphVersion}); one read of visible-nodes.cypher, O(nodes of those territories + their
 * neighbourhood).
 */
public final class Visibilities {
    private final Neo4jRunner runner;
    private final GraphVersion version;
    private final Map<List<String>, Visibility> cache = new ConcurrentHashMap<>();

    public Visibilities(Neo4jRunner runner, GraphVersion version) {
        this.runner = runner;
        this.version = version;
    }

    /** What {@code user} may see, or null when the user may see everything. */
    public Visibility of(KamUser user) {
        if (user == null || !user.limited()) {
            return null;
        }
        List<String> territories = List.copyOf(user.territories());
        long now = version.current();
        Visibility v = cache.get(territories);
        if (v != null && v.version() == now) {
            return v;
        }
        Set<String> keys = new HashSet<>();
        Set<String> ids = new HashSet<>();
        runner.read(Cypher.load("visible-nodes"), Map.of("scope", territories), r -> {
            String id = r.get("id").isNull() ? null : r.get("id").asString();
            if (id != null) {
                keys.add(GraphVersion.key(Visibility.space(NodeView.kindOf(r.get("labels").asList(Value::asString))), id));
                ids.add(id);
            }
            return null;
        });
        v = new Visibility(territories, now, Set.copyOf(keys), Set.copyOf(ids));
        if (cache.size() > 1_000) {
            cache.clear();
        }
        cache.put(territories, v);
        return v;
    }
}
