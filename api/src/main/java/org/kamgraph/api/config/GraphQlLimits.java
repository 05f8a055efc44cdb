package org.kamgraph.api.config;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hard limits on GraphQL requests (kam.graphql.max-depth, max-complexity, max-aliases, max-root-fields): a request
 * over them is refused with a clear error before any resolver runs, so one request cannot make the service walk the
 * graph without bound. Spring for GraphQL applies every Instrumentation bean. Also: the request timeout
 * (kam.graphql.timeout), and the body size and no batching (kam.graphql.max-request-bytes), checked before parsing.
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

    @Bean
    public QueryShapeInstrumentation queryShape(KamProperties properties) {
        return new QueryShapeInstrumentation(properties.graphql().maxAliases(), properties.graphql().maxRootFields());
    }

    @Bean
    public GraphQlTimeout graphQlTimeout(KamProperties properties) {
        return new GraphQlTimeout(properties.graphql().timeout());
    }

    @Bean
    public GraphQlRequestFilter graphQlRequestFilter(KamProperties properties, @Value("${spring.graphql.http.path:/graphql}") String path) {
        return new GraphQlRequestFilter(path, properties.graphql().maxRequestBytes());
    }

    /**
     * The same for the container's own default: /graphql is a functional endpoint, which Spring MVC's async settings
     * above do not reach, so Tomcat's 30 s default answered a slow request with a bare 503 before kam.graphql.timeout
     * (also 30 s) could answer it with its TIMEOUT error (seen on a cold combined KAM query on a busy machine).
     */
    @Bean
    public org.springframework.boot.tomcat.TomcatConnectorCustomizer asyncTimeoutOfTheConnector(KamProperties properties) {
        long millis = properties.graphql().timeout().plus(Duration.ofSeconds(30)).toMillis();
        return connector -> connector.setAsyncTimeout(millis);
    }

    /**
     * GraphQL answers asynchronously once the execution runs on its own thread: the servlet container's async
     * timeout must not cut in before kam.graphql.timeout answers.
     */
    @Bean
    public org.springframework.web.servlet.config.annotation.WebMvcConfigurer asyncTimeoutAboveGraphQlTimeout(KamProperties properties) {
        long millis = properties.graphql().timeout().plus(Duration.ofSeconds(30)).toMillis();
        return new org.springframework.web.servlet.config.annotation.WebMvcConfigurer() {
            @Override
            public void configureAsyncSupport(org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer configurer) {
                configurer.setDefaultTimeout(millis);
            }
        };
    }
}
