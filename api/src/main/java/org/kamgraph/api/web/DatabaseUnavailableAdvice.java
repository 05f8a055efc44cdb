package org.kamgraph.api.web;

import org.kamgraph.cypher.DatabaseUnavailableException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The REST endpoints (import, CSV, plan pages) answer 503 with a Retry-After header while the graph database cannot
 * be reached, instead of a 500; GraphQL says the same through its UNAVAILABLE error classification.
 */
@RestControllerAdvice
public class DatabaseUnavailableAdvice {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

    @ExceptionHandler({DatabaseUnavailableException.class, ServiceUnavailableException.class, SessionExpiredException.class,
        TransientException.class})
    public ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        if (!DatabaseUnavailableException.isUnavailability(e)) {
            throw e; // a terminated transaction: not ours to answer (rethrowing the same exception leaves it unresolved)
        }
        LOG.warn("Graph database unavailable: {}", e.toString());
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailableException.MESSAGE);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(body);
    }
}
