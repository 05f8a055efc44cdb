package org.kamgraph.api.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kamgraph.cypher.Neo4jRunner;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Every endpoint needs a bearer token except health and the static files of the web app and GraphiQL (code, no
 * data: the pages ask for a token and send it with every request). A bearer token is either a kam-graph API token
 * ({@code kam_...}, see {@link ApiTokens}) or, when an issuer is configured, a JWT validated by Spring Security's
 * resource server. Imports, metrics and the other actuator endpoints are for admins; which GraphQL mutations a role
 * may run is declared in the schema ({@code @allow}) and checked by {@link AccessGuard}. Stateless: no session, no
 * cookie, hence no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
    /** Key of the request's {@link org.kamgraph.cypher.AccessScope} for context propagation (and in the GraphQL context). */
    public static final String ACCESS_SCOPE_KEY = "kam.access-scope";

    static {
        // Spring for GraphQL runs controller methods on an executor and carries registered thread-locals along
        // (as it does Spring Security's context), so the scope reaches the thread that computes the answer.
        io.micrometer.context.ContextRegistry registry = io.micrometer.context.ContextRegistry.getInstance();
        registry.removeThreadLocalAccessor(ACCESS_SCOPE_KEY);
        registry.registerThreadLocalAccessor(ACCESS_SCOPE_KEY, org.kamgraph.cypher.AccessScope::current,
                org.kamgraph.cypher.AccessScope::set, () -> org.kamgraph.cypher.AccessScope.set(null));
    }

    @Bean
    ApiTokens apiTokens(Neo4jRunner runner, SecurityProperties properties) {
        ApiTokens tokens = new ApiTokens(runner);
        String admin = properties.adminToken();
        if (admin != null && !admin.isBlank()) {
            if (admin.length() < 32) {
                throw new IllegalStateException("kam.security.admin-token must be at least 32 characters");
            }
            tokens.configure(admin, new KamUser("admin (configured token)", "config", java.util.Set.of(Role.ADMIN), new java.util.TreeSet<>()));
        }
        return tokens;
    }

    @Bean
    AuditLog auditLog(Neo4jRunner runner) {
        return new AuditLog(runner);
    }

    @Bean
    Visibilities visibilities(Neo4jRunner runner, org.kamgraph.cypher.GraphVersion version) {
        return new Visibilities(runner, version);
    }

    /** After Spring Security's filters, so the user is known. */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication(
            type = org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type.SERVLET)
    org.springframework.boot.web.servlet.FilterRegistrationBean<AccessScopeFilter> accessScopeFilter(Visibilities visibilities) {
        var bean = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new AccessScopeFilter(visibilities));
        bean.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 10);
        return bean;
    }

    @Bean
    AccessGuard accessGuard(AuditLog audit, org.kamgraph.cypher.query.GraphQueries queries) {
        return new AccessGuard(audit, queries::exists);
    }

    @Bean
    GraphQlUser graphQlUser() {
        return new GraphQlUser();
    }


    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication(
            type = org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, ObjectProvider<JwtDecoder> jwtDecoder,
                                            SecurityProperties properties) throws Exception {
        AuthenticationManager manager = manager(tokens, jwtDecoder.getIfAvailable(), properties);
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            if (e instanceof TokenCheckUnavailable) {
                // The token could not be checked because the database is away: not the user's fault, retry shortly.
                response.setHeader("Retry-After", "5");
                json(response, 503, e.getMessage(), "UNAVAILABLE");
                return;
            }
            // No token, a malformed header, an API token not accepted and a rejected JWT each say so (body and challenge).
            AuthenticationFailures.Answer answer = AuthenticationFailures.of(e);
            response.setHeader("WWW-Authenticate", answer.challenge());
            json(response, 401, answer.message(), "UNAUTHORIZED", java.util.Map.of("reason", answer.kind().name()));
        };
        AccessDeniedHandler denied = (request, response, e) -> json(response, 403,
                "Forbidden: your roles do not allow " + request.getMethod() + " " + request.getRequestURI(), "FORBIDDEN");
        return http
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/", "/app", "/app/", "/app/**", "/graphiql", "/graphiql/", "/graphiql/**",
                                "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/api/import").hasRole(Role.ADMIN.name())
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .oauth2ResourceServer(o -> o.authenticationManagerResolver(request -> manager)
                        .bearerTokenResolver(AuthenticationFailures.strictResolver())
                        .authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .build();
    }

    /** API tokens by their prefix, anything else as a JWT when an issuer is configured. */
    private static AuthenticationManager manager(ApiTokens tokens, JwtDecoder jwt, SecurityProperties properties) {
        JwtAuthenticationProvider jwtProvider = null;
        if (jwt != null) {
            jwtProvider = new JwtAuthenticationProvider(jwt);
            jwtProvider.setJwtAuthenticationConverter(new JwtUsers(properties));
        }
        AuthenticationManager jwts = jwtProvider == null ? null : new ProviderManager(jwtProvider);
        return authentication -> {
            String token = ((BearerTokenAuthenticationToken) authentication).getToken();
            Authentication user;
            try {
                user = tokens.authenticate(token).<Authentication>map(KamAuthentication::new).orElse(null);
            } catch (RuntimeException e) {
                if (org.kamgraph.cypher.DatabaseUnavailableException.isUnavailability(e)) {
                    throw new TokenCheckUnavailable(e);
                }
                throw e;
            }
            if (user != null) {
                return user;
            }
            if (jwts == null || token.startsWith(ApiTokens.PREFIX)) {
                throw new AuthenticationFailures.TokenNotAccepted(token.startsWith(ApiTokens.PREFIX)
                        ? "unknown, revoked or expired API token" : "not a kam-graph API token (kam_...), and no JWT issuer is configured");
            }
            return jwts.authenticate(authentication);
        };
    }

    /** A token that cannot be checked because the database is away (answered 503, not 401: retry shortly). */
    static final class TokenCheckUnavailable extends org.springframework.security.core.AuthenticationException {
        TokenCheckUnavailable(Throwable cause) {
            super(org.kamgraph.cypher.DatabaseUnavailableException.MESSAGE, cause);
        }
    }

    private static void json(HttpServletResponse response, int status, String message, String classification) throws IOException {
        json(response, status, message, classification, java.util.Map.of());
    }

    private static void json(HttpServletResponse response, int status, String message, String classification,
                             java.util.Map<String, String> extensions) throws IOException {
        if (status == 401 && response.getHeader("WWW-Authenticate") == null) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"" + AuthenticationFailures.REALM + "\"");
        }
        java.util.Map<String, Object> ext = new java.util.LinkedHashMap<>(extensions);
        ext.put("classification", classification);
        org.kamgraph.api.config.ErrorAnswers.write(response, status, message, ext);
    }
}
