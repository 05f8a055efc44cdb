package org.kamgraph.cypher;

/**
 * The graph database cannot be used right now: it is unreachable, or it came back and its schema is being checked.
 * Callers should retry shortly; the service recovers by itself when the database returns.
 */
public class DatabaseUnavailableException extends RuntimeException {
    public static final String MESSAGE = "The graph database is unavailable; retry shortly";

    public DatabaseUnavailableException(Throwable cause) {
        super(MESSAGE, cause);
    }

    public DatabaseUnavailableException() {
        super(MESSAGE);
    }

    /**
     * Whether {@code e} (or a cause of it) means the database could not be reached or used for the moment: the
     * driver's retries of a managed transaction ran out on an unreachable server, an expired session, or a transient
     * error (such as a database that is still starting), but not a transaction that was terminated.
     */
    public static boolean isUnavailability(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabaseUnavailableException || t instanceof org.neo4j.driver.exceptions.ServiceUnavailableException
                    || t instanceof org.neo4j.driver.exceptions.SessionExpiredException
                    || t instanceof org.neo4j.driver.exceptions.TransientException x && !terminated(x)) {
                return true;
            }
        }
        return false;
    }

    /** A transaction that was terminated (timed out, killed) is not a database that is away; the driver does not retry it. */
    private static boolean terminated(org.neo4j.driver.exceptions.TransientException e) {
        String code = e.code();
        return code != null && (code.endsWith(".Terminated") || code.endsWith(".LockClientStopped"));
    }
}
