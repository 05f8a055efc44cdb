package org.kamgraph.cypher;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Runs statements through the Neo4j Java Driver in managed transactions, so transient errors (leader
 * switches, deadlocks, a server that is briefly unreachable) are retried by the driver, up to its max transaction
 * retry time. Reads run in read sessions, so a cluster routes them to secondaries. A {@link Guard} may stand in
 * front of the database: it can refuse work (while the schema is not known to be in place) and is told when the
 * database could not be reached.
 */
public final class Neo4jRunner {
    private final Driver driver;
    private final String database;
    private final Guard guard;
    /** Transaction timeout of reads; null: the server's default. */
    private final java.time.Duration readTimeout;

    /** Stands in front of the database; see {@link #guardedBy}. */
    public interface Guard {
        /** Throws {@link DatabaseUnavailableException} when no work may run now. */
        void beforeWork();

        /** Told of every failure that means the database could not be reached (after the driver's retries). */
        void unreachable(RuntimeException e);
    }

    private static final Guard NONE = new Guard() {
        @Override
        public void beforeWork() {
        }

        @Override
        public void unreachable(RuntimeException e) {
        }
    };

    /**
     * @param database the database to use, or {@code null} for the server's default
     */
    public Neo4jRunner(Driver driver, String database) {
        this(driver, database, NONE, null);
    }

    private Neo4jRunner(Driver driver, String database, Guard guard, java.time.Duration readTimeout) {
        this.driver = driver;
        this.database = database == null || database.isBlank() ? null : database;
        this.guard = guard;
        this.readTimeout = readTimeout;
    }

    /** A runner on the same driver and database whose work first passes {@code guard}. */
    public Neo4jRunner guardedBy(Guard guard) {
        return new Neo4jRunner(driver, database, guard, readTimeout);
    }

    /** A runner whose reads the database terminates after {@code timeout} (a query nobody waits for any more). */
    public Neo4jRunner withReadTimeout(java.time.Duration timeout) {
        return new Neo4jRunner(driver, database, guard, timeout);
    }

    public Driver driver() {
        return driver;
    }

    public <T> List<T> read(String cypher, Map<String, Object> params, Function<Record, T> mapper) {
        return inRead(tx -> tx.run(cypher, params).list(mapper::apply));
    }

    public <T> T inRead(TransactionCallback<T> work) {
        return guarded(() -> {
            try (Session session = session(AccessMode.READ)) {
                return readTimeout == null ? session.executeRead(work)
                        : session.executeRead(work, org.neo4j.driver.TransactionConfig.builder().withTimeout(readTimeout).build());
            }
        });
    }

    public ResultSummary write(String cypher, Map<String, Object> params) {
        return inWrite(tx -> tx.run(cypher, params).consume());
    }

    public <T> T inWrite(TransactionCallback<T> work) {
        return guarded(() -> {
            try (Session session = session(AccessMode.WRITE)) {
                return session.executeWrite(work);
            }
        });
    }

    /** Runs a schema statement on its own (schema and data writes cannot share a transaction). */
    public void schema(String cypher) {
        guarded(() -> {
            try (Session session = session(AccessMode.WRITE)) {
                session.executeWriteWithoutResult(tx -> tx.run(cypher).consume());
                return null;
            }
        });
    }

    private <T> T guarded(Supplier<T> work) {
        guard.beforeWork();
        try {
            return work.get();
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            guard.unreachable(e);
            throw e;
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
