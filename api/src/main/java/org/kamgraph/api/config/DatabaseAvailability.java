package org.kamgraph.api.config;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.kamgraph.cypher.DatabaseUnavailableException;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.schema.SchemaMigrations;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;

/**
 * Whether the graph database can be used, and the schema migrations that must be in place before it is.
 *
 * <p>Embedded, the database is in-process: the migrations are applied at start-up and any failure stops it. External,
 * the server may be down when the service starts or go away while it runs. The service then still starts (or keeps
 * running), work is refused at once with {@link DatabaseUnavailableException} instead of waiting for the driver's
 * retries, and a background thread tries again with exponential backoff: as soon as the server answers, the
 * migrations are checked and applied (a server that came back empty gets its schema again) and work is let through.
 * The driver reconnects by itself; nothing needs a restart.
 */
public final class DatabaseAvailability implements Neo4jRunner.Guard, DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseAvailability.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(250);

    private final Driver driver;
    private final SchemaMigrations migrations;
    private final String where;
    private final Duration maxBackoff;
    private ScheduledExecutorService retries;

    private volatile boolean ready;
    private volatile String problem = "not checked yet";
    private volatile Instant unavailableSince = Instant.now();
    private boolean retrying;
    private int attempts;
    private Duration backoff = FIRST_RETRY;

    /**
     * @param unguarded a runner without this guard, for the migrations
     * @param where the database's address, for the logs
     * @param maxBackoff the longest wait between two attempts to reach the database
     */
    public DatabaseAvailability(Driver driver, Neo4jRunner unguarded, String where, Duration maxBackoff) {
        this.driver = driver;
        this.migrations = new SchemaMigrations(unguarded);
        this.where = where;
        this.maxBackoff = maxBackoff.compareTo(FIRST_RETRY) < 0 ? FIRST_RETRY : maxBackoff;
    }

    /** Applies the migrations now; any failure is thrown (the embedded database must be there). */
    public void applyNow() {
        migrations.apply();
        markReady(List.of());
    }

    /**
     * Applies the migrations now if the server answers; if it does not, lets the service start and applies them in the
     * background as soon as it does. Failures other than unavailability (wrong credentials, an edited migration) are
     * thrown: they need the operator, not patience.
     */
    public void applyNowOrWhenReachable() {
        try {
            driver.verifyConnectivity(); // fails fast, where the migrations' managed transactions would retry
            migrations.apply();
            markReady(List.of());
        } catch (RuntimeException e) {
            if (!DatabaseUnavailableException.isUnavailability(e)) {
                throw e;
            }
            LOG.warn("The graph database at {} is unavailable at start-up ({}). The service starts anyway and answers that the "
                    + "database is unavailable; the schema migrations are applied as soon as it is reachable (retrying with "
                    + "backoff up to {} s)", where, describe(e), maxBackoff.toMillis() / 1000.0);
            startRetrying(e);
        }
    }

    public boolean ready() {
        return ready;
    }

    @Override
    public void beforeWork() {
        if (!ready) {
            throw new DatabaseUnavailableException();
        }
    }

    @Override
    public void unreachable(RuntimeException e) {
        if (ready) {
            LOG.warn("Lost the graph database at {} ({}); requests are answered as unavailable until it is back (retrying with "
                    + "backoff up to {} s)", where, describe(e), maxBackoff.toMillis() / 1000.0);
        }
        startRetrying(e);
    }

    /** The health of the database as far as the service can use it: UP once the schema is in place. */
    public Health health() {
        if (ready) {
            return Health.up().withDetail("schemaMigrations", "applied").build();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("error", DatabaseUnavailableException.MESSAGE);
        details.put("problem", problem);
        details.put("unavailableSince", unavailableSince.toString());
        synchronized (this) {
            details.put("attempts", attempts);
        }
        return Health.down().withDetails(details).build();
    }

    private void startRetrying(RuntimeException e) {
        synchronized (this) {
            problem = describe(e);
            if (retrying) {
                return;
            }
            if (ready) {
                unavailableSince = Instant.now();
            }
            ready = false;
            retrying = true;
            attempts = 0;
            backoff = FIRST_RETRY;
            if (retries != null && retries.isShutdown()) {
                return; // the service is stopping
            }
            if (retries == null) {
                retries = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "kam-database-retry");
                    t.setDaemon(true);
                    return t;
                });
            }
            retries.schedule(this::attempt, backoff.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void attempt() {
        try {
            driver.verifyConnectivity();
            List<Integer> applied = migrations.apply();
            markReady(applied);
        } catch (RuntimeException e) {
            synchronized (this) {
                attempts++;
                problem = describe(e);
                backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
                if (DatabaseUnavailableException.isUnavailability(e)) {
                    LOG.info("The graph database at {} is still unavailable (attempt {}: {}); next try in {} ms", where, attempts,
                            problem, backoff.toMillis());
                } else {
                    LOG.error("The graph database at {} answers but its schema cannot be applied (attempt {}); next try in {} ms",
                            where, attempts, backoff.toMillis(), e);
                }
                if (retries != null && !retries.isShutdown()) {
                    retries.schedule(this::attempt, backoff.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    private void markReady(List<Integer> applied) {
        boolean recovered;
        int tries;
        synchronized (this) {
            recovered = retrying;
            tries = attempts + 1;
            retrying = false;
            problem = null;
            ready = true;
        }
        if (recovered) {
            LOG.info("The graph database at {} is available again after {} attempt(s), unavailable for {} s; schema up to date{}",
                    where, tries, Duration.between(unavailableSince, Instant.now()).toMillis() / 1000.0,
                    applied.isEmpty() ? "" : " (migrations applied: " + applied + ")");
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }

    @Override
    public synchronized void destroy() {
        if (retries != null) {
            retries.shutdownNow();
        }
    }
}
