package org.kamgraph.api.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import java.util.UUID;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.DatabaseUnavailableException;
import org.kamgraph.cypher.NotFoundException;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Classifies errors: BAD_REQUEST naming the argument at fault, NOT_FOUND, UNAVAILABLE when the graph database cannot
 * be reached (retry shortly), or INTERNAL_ERROR with only a reference to the log line (no stack trace or internals
 * reach the client).
 */
@Component
public class ErrorClassifier extends DataFetcherExceptionResolverAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorClassifier.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        Throwable e = ex instanceof java.util.concurrent.CompletionException && ex.getCause() != null ? ex.getCause() : ex;
        if (e instanceof BadInputException b) {
            return error(env, ErrorType.BAD_REQUEST, b.getMessage(), b.argument());
        }
        if (e instanceof NotFoundException n) {
            return error(env, ErrorType.NOT_FOUND, n.getMessage(), n.argument());
        }
        if (e instanceof org.springframework.security.access.AccessDeniedException denied) {
            return error(env, ErrorType.FORBIDDEN, denied.getMessage(), null);
        }
        if (e instanceof ClientException c && c.code() != null && c.code().contains("ConstraintValidationFailed")) {
            return error(env, ErrorType.BAD_REQUEST, "conflicts with stored data: an id is already used by another node of the same id space", null);
        }
        if (e instanceof InterruptedException || e.getCause() instanceof InterruptedException) {
            // Interrupted by the request timeout (kam.graphql.timeout), which has answered the client already.
            LOG.debug("Stopped at the request timeout in {}", env.getExecutionStepInfo().getPath());
            return GraphqlErrorBuilder.newError(env).errorType(org.kamgraph.api.config.GraphQlTimeout.TIMEOUT)
                    .message("the request ran longer than the limit (kam.graphql.timeout) and was stopped")
                    .extensions(Map.of("limit", "kam.graphql.timeout")).build();
        }
        if (e instanceof ClientException c && c.code() != null && c.code().contains("TransactionTimedOut")) {
            // A read over its transaction timeout (kam.graphql.timeout): the request's own limit, not a fault.
            return GraphqlErrorBuilder.newError(env).errorType(org.kamgraph.api.config.GraphQlTimeout.TIMEOUT)
                    .message("the request ran longer than the limit (kam.graphql.timeout) and was stopped")
                    .extensions(Map.of("limit", "kam.graphql.timeout")).build();
        }
        if (DatabaseUnavailableException.isUnavailability(e)) {
            // Expected while the database is away: no stack trace, the service recovers by itself when it returns.
            LOG.warn("Graph database unavailable in {}: {}", env.getExecutionStepInfo().getPath(), e.toString());
            return GraphqlErrorBuilder.newError(env).errorType(Classification.UNAVAILABLE)
                    .message(DatabaseUnavailableException.MESSAGE).extensions(Map.of("code", "UNAVAILABLE")).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("Internal error {} in {}", reference, env.getExecutionStepInfo().getPath(), e);
        return GraphqlErrorBuilder.newError(env).errorType(ErrorType.INTERNAL_ERROR)
                .message("Internal error; reference " + reference)
                .extensions(Map.of("reference", reference)).build();
    }

    /** Classifications beyond Spring's {@link ErrorType}. */
    public enum Classification implements ErrorClassification {
        /** The graph database cannot be used for the moment; retry shortly. */
        UNAVAILABLE
    }

    private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message, String argument) {
        GraphqlErrorBuilder<?> b = GraphqlErrorBuilder.newError(env).errorType(type).message(message);
        if (argument != null) {
            b.extensions(Map.of("argument", argument));
        }
        return b.build();
    }
}
