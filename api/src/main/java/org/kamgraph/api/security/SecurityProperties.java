package org.kamgraph.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Authentication settings ({@code kam.security.*}). JWTs are accepted when Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (or {@code jwk-set-uri} / {@code public-key-location})
 * is set; their claims name the roles and territories.
 *
 * @param adminToken        a token accepted as ADMIN without being stored (bootstrap; e.g. from the environment
 *                          variable KAM_SECURITY_ADMIN_TOKEN); at least 32 characters; none by default
 * @param demoAdminToken    in embedded demo mode, create an admin API token at start-up, print it and write it to
 *                          {@code <data-dir>/admin-token}
 * @param rolesClaim        the JWT claim with the roles (a list or a space-separated string)
 * @param territoriesClaim  the JWT claim with the sales territories
 * @param nameClaim         the JWT claim naming the user (falls back to {@code sub})
 */
@ConfigurationProperties("kam.security")
public record SecurityProperties(String adminToken, @DefaultValue("true") boolean demoAdminToken,
                                 @DefaultValue("roles") String rolesClaim, @DefaultValue("territories") String territoriesClaim,
                                 @DefaultValue("preferred_username") String nameClaim) {
}
