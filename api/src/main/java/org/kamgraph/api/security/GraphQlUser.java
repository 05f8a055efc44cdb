package org.kamgraph.api.security;

import org.kamgraph.cypher.AccessScope;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Hands the signed-in user and what they may see to the GraphQL execution on /graphql (which may finish on another
 * thread than the request's), for {@link AccessGuard}.
 */
public final class GraphQlUser implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        configure(request);
        return chain.next(request);
    }

    /** Puts the current thread's user and restriction into the request's GraphQL context (any other entry point too). */
    public static void configure(org.springframework.graphql.ExecutionGraphQlRequest request) {
        KamUser user = CurrentUser.get();
        AccessScope.Restriction restriction = AccessScope.current();
        if (user != null) {
            request.configureExecutionInput((input, builder) -> builder.graphQLContext(c -> {
                c.put(AccessGuard.USER, user);
                if (restriction instanceof Visibility v) {
                    c.put(AccessGuard.VISIBILITY, v);
                    c.put(SecurityConfiguration.ACCESS_SCOPE_KEY, v); // restored on the executor's threads
                }
            }).build());
        }
    }
}
