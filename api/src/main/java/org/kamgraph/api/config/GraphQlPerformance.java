package org.kamgraph.api.config;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request-independent GraphQL work done once: parsed and validated documents are cached by query text (and
 * operation name), so a client repeating a query (with other variables) skips graphql-java's parser and validator,
 * which took about an eighth of the service's CPU on a stream of node lookups. Only documents that validated without
 * errors are kept; the depth and complexity limits are instrumentations that run at execution and still apply to
 * every request.
 */
@Configuration(proxyBeanMethods = false)
public class GraphQlPerformance {
    /** Most distinct documents kept; past it the cache starts afresh (clients send a handful of query texts). */
    static final int MAX_DOCUMENTS = 1_000;
    /** Longer query texts are parsed every time (they are not the repeated, cheap requests the cache is for). */
    static final int MAX_CACHED_QUERY_LENGTH = 20_000;

    /**
     * The top-level fields of a query run side by side: each {@code @QueryMapping} method is invoked on a virtual
     * thread, so a request asking several questions at once (the README's KAM questions: six rankings, brokers, paths
     * and groups) takes about as long as its slowest field instead of their sum. Spring for GraphQL carries the
     * request's context to those threads (the signed-in user, and a limited user's {@code AccessScope}, registered in
     * {@code SecurityConfiguration}), and graphql-java still runs mutations one after the other.
     */
    @Bean
    static org.springframework.beans.factory.config.BeanPostProcessor parallelQueryFields(org.springframework.core.env.Environment env) {
        // kam.graphql.parallel-query-fields=false runs them one after the other (to compare, or to spare a busy machine).
        boolean parallel = env.getProperty("kam.graphql.parallel-query-fields", Boolean.class, true);
        return new org.springframework.beans.factory.config.BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (parallel && bean instanceof org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer c) {
                    org.springframework.core.task.SimpleAsyncTaskExecutor threads = new org.springframework.core.task.SimpleAsyncTaskExecutor("query-field-");
                    threads.setVirtualThreads(true);
                    c.setExecutor(threads);
                    c.setBlockingMethodPredicate(m -> m.hasMethodAnnotation(org.springframework.graphql.data.method.annotation.QueryMapping.class));
                }
                return bean;
            }
        };
    }

    @Bean
    public GraphQlSourceBuilderCustomizer preparsedDocumentCache() {
        DocumentCache cache = new DocumentCache(MAX_DOCUMENTS);
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
    }

    /** A bounded map from query text to its parsed and validated document. */
    static final class DocumentCache implements PreparsedDocumentProvider {
        private final int capacity;
        private final Map<Key, PreparsedDocumentEntry> documents = new ConcurrentHashMap<>();

        DocumentCache(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                                                                          Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
            String query = input.getQuery();
            if (query == null || query.length() > MAX_CACHED_QUERY_LENGTH) {
                return CompletableFuture.completedFuture(parseAndValidate.apply(input));
            }
            Key key = new Key(query, input.getOperationName());
            PreparsedDocumentEntry entry = documents.get(key);
            if (entry == null) {
                entry = parseAndValidate.apply(input);
                if (!entry.hasErrors()) {
                    if (documents.size() >= capacity) {
                        documents.clear();
                    }
                    documents.put(key, entry);
                }
            }
            return CompletableFuture.completedFuture(entry);
        }

        int size() {
            return documents.size();
        }
    }

    private record Key(String query, String operationName) {
        Key {
            Objects.requireNonNull(query);
        }
    }
}
