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

    /**
     * A canonical text of all data (labels, properties with their types' text forms, relationships), the same
     * whether read through the driver or in-process: shows that a rejected import changed nothing, and that two
     * load paths built the same graph. The service's own records (migrations, audit log, API tokens) are left out.
     */
    public static final String FINGERPRINT = """
            MATCH (n) WHERE NOT n:__KamMigration AND NOT n:__KamAudit AND NOT n:__KamApiToken
            WITH n, reduce(s = '', l IN COLLECT { UNWIND labels(n) AS l RETURN l ORDER BY l } | s + l + ':')
                 + reduce(s = '', k IN COLLECT { UNWIND keys(n) AS k RETURN k ORDER BY k } | s + k + '=' + toString(n[k]) + ';') AS node
            OPTIONAL MATCH (n)-[r]->(m)
            WITH node, type(r) + '>' + m.id + '{'
                 + reduce(s = '', k IN COLLECT { UNWIND keys(r) AS k RETURN k ORDER BY k } | s + k + '=' + toString(r[k]) + ';') + '}' AS rel
            ORDER BY node, rel
            WITH node, collect(rel) AS rels
            RETURN reduce(s = '', x IN collect(node + ' ' + reduce(t = '', y IN rels | t + y)) | s + x + '\n') AS fingerprint
            """;

    protected String fingerprint() {
        return runner.read(FINGERPRINT, java.util.Map.of(), r -> r.get("fingerprint").asString()).getFirst();
    }
}
