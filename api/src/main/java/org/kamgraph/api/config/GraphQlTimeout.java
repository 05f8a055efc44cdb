package org.kamgraph.api.config;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import org.springframework.graphql.ExecutionGraphQlRequest;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The request timeout (kam.graphql.timeout): a request still running after it is answered with one error,
 * classification {@code TIMEOUT}, naming the limit, instead of keeping the client waiting. The execution runs on a
 * virtual thread so the timer can answer while a resolver is still busy; on timeout the execution is cancelled (no
 * further fields are fetched) and Neo4j reads end by their own transaction timeout (the same duration).
 */
public class GraphQlTimeout implements WebGraphQlInterceptor {
    /** The classification of a timed-out request. */
    public static final ErrorClassification TIMEOUT = ErrorClassification.errorClassification("TIMEOUT");
    private static final Scheduler EXECUTION = Schedulers.fromExecutorService(Executors.newVirtualThreadPerTaskExecutor(), "graphql");

    private final Duration timeout;

    public GraphQlTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return bounded(chain.next(request), request, timeout).map(r -> r instanceof WebGraphQlResponse w ? w : new WebGraphQlResponse(r));
    }

    /** An execution run on its own thread and answered with a TIMEOUT error after {@code timeout}. */
    public static <T extends ExecutionGraphQlResponse> Mono<ExecutionGraphQlResponse> bounded(Mono<T> execution,
                                                                                             ExecutionGraphQlRequest request,
                                                                                             Duration timeout) {
        return execution.<ExecutionGraphQlResponse>map(r -> r).subscribeOn(EXECUTION)
                .timeout(timeout, Mono.fromSupplier(() -> timedOut(request, timeout)));
    }

    private static ExecutionGraphQlResponse timedOut(ExecutionGraphQlRequest request, Duration timeout) {
        ExecutionResult result = ExecutionResult.newExecutionResult().addError(GraphqlErrorBuilder.newError().errorType(TIMEOUT)
                .message("%s", "the request ran longer than the limit of " + describe(timeout) + " (kam.graphql.timeout) and was stopped; "
                        + "narrow it (a smaller scope, fewer rows) or ask for less at once")
                .extensions(Map.of("limit", "kam.graphql.timeout", "max", describe(timeout))).build()).build();
        return new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result);
    }

    static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
