package org.kamgraph.cypher;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Runs statements through the Neo4j Java Driver in managed transactions, so transient errors (leader
 * switches, deadlocks) are retried. Reads run in read sessions, so a cluster routes them to secondaries.
 */
public final class Neo4jRunner {
    private final Driver driver;
    private final String database;

    /**
     * @param database the database to use, or {@code null} for the server's default
     */
    public Neo4jRunner(Driver driver, String database) {
        this.driver = driver;
        this.database = database == null || database.isBlank() ? null : database;
    }

    public Driver driver() {
        return driver;
    }

    public <T> List<T> read(String cypher, Map<String, Object> params, Function<Record, T> mapper) {
        return inRead(tx -> tx.run(cypher, params).list(mapper::apply));
    }

    public <T> T inRead(TransactionCallback<T> work) {
        try (Session session = session(AccessMode.READ)) {
            return session.executeRead(work);
        }
    }

    public ResultSummary write(String cypher, Map<String, Object> params) {
        return inWrite(tx -> tx.run(cypher, params).consume());
    }

    public <T> T inWrite(TransactionCallback<T> work) {
        try (Session session = session(AccessMode.WRITE)) {
            return session.executeWrite(work);
        }
    }

    /** Runs a schema statement on its own (schema and data writes cannot share a transaction). */
    public void schema(String cypher) {
        try (Session session = session(AccessMode.WRITE)) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher).consume());
        }
    }

    private Session session(AccessMode mode) {
        SessionConfig.Builder b = SessionConfig.builder().withDefaultAccessMode(mode);
        if (database != null) {
            b.withDatabase(database);
        }
        return driver.session(b.build());
    }
}
