package org.kamgraph.cypher.support;

import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.schema.SchemaMigrations;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;

/**
 * Base of the integration tests: each runs against the embedded harness (subclass ...OnHarnessTest) and,
 * where Docker is available, against a Neo4j Testcontainer (subclass ...OnContainerTest, skipped without Docker).
 */
public abstract class GraphTarget {
    protected Neo4jRunner runner;

    /** The driver of the database under test. */
    protected abstract Driver driver();

    @BeforeEach
    void cleanDatabase() {
        runner = new Neo4jRunner(driver(), null);
        new SchemaMigrations(runner).apply();
        TestDatabases.wipe(driver());
    }

    protected long count(String cypher) {
        return runner.read(cypher, java.util.Map.of(), r -> r.get(0).asLong()).getFirst();
    }

    protected long nodes() {
        return count("MATCH (n) WHERE NOT n:__KamMigration RETURN count(n)");
    }

    protected long relationships() {
        return count("MATCH ()-[r]->() RETURN count(r)");
    }

    /** A fingerprint of all data (labels, properties, relationships), to show that a rejected import changed nothing. */
    protected String fingerprint() {
        return runner.read("""
                MATCH (n) WHERE NOT n:__KamMigration
                OPTIONAL MATCH (n)-[r]->(m)
                WITH n, r, m ORDER BY n.id, type(r), m.id, r.validFrom
                RETURN collect([labels(n), properties(n), type(r), properties(r), m.id]) AS all
                """, java.util.Map.of(), r -> r.get("all").toString()).getFirst();
    }
}
