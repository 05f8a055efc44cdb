package org.kamgraph.api.config;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hard limits on GraphQL requests (kam.graphql.max-depth, kam.graphql.max-complexity): a request over them is
 * refused with a clear error before any resolver runs, so one request cannot make the service walk the graph
 * without bound. Spring for GraphQL applies every Instrumentation bean.
 */
@Configuration(proxyBeanMethods = false)
public class GraphQlLimits {

    @Bean
    public MaxQueryDepthInstrumentation maxQueryDepth(KamProperties properties) {
        return new MaxQueryDepthInstrumentation(properties.graphql().maxDepth());
    }

    @Bean
    public MaxQueryComplexityInstrumentation maxQueryComplexity(KamProperties properties) {
        return new MaxQueryComplexityInstrumentation(properties.graphql().maxComplexity());
    }
}
