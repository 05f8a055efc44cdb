package org.kamgraph.api.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrorCodes;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Why a request was not signed in, told apart so a client (or the person at it) knows what to fix, in the 401 body
 * and in the {@code WWW-Authenticate} challenge (RFC 6750: {@code error} and {@code error_description}):
 * <ul>
 * <li>{@link Kind#NO_TOKEN}: no {@code Authorization} header (the challenge carries no error code, as RFC 6750 asks);</li>
 * <li>{@link Kind#MALFORMED_HEADER}: a header that is not {@code Bearer <token>} ({@code invalid_request});</li>
 * <li>{@link Kind#TOKEN_NOT_ACCEPTED}: an API token that is unknown, revoked or expired ({@code invalid_token});</li>
 * <li>{@link Kind#JWT_REJECTED}: a JWT the configured issuer's keys or claims reject, with the reason ({@code invalid_token}).</li>
 * </ul>
 */
public final class AuthenticationFailures {
    /** The realm named in every challenge. */
    static final String REALM = "kam-graph";
    static final String HOW = "send 'Authorization: Bearer <token>' (an API token or a JWT from the configured issuer)";

    public enum Kind { NO_TOKEN, MALFORMED_HEADER, TOKEN_NOT_ACCEPTED, JWT_REJECTED }

    /** What to answer: the message of the JSON body and the {@code WWW-Authenticate} header. */
    public record Answer(Kind kind, String message, String challenge) {
    }

    private AuthenticationFailures() {
    }

    /** An API token that is not (or no longer) a live token. */
    static final class TokenNotAccepted extends AuthenticationException {
        TokenNotAccepted(String reason) {
            super(reason);
        }
    }

    /** An {@code Authorization} header other than {@code Bearer <token>}. */
    static final class MalformedHeader extends OAuth2AuthenticationException {
        MalformedHeader(String description) {
            super(new org.springframework.security.oauth2.core.OAuth2Error(BearerTokenErrorCodes.INVALID_REQUEST, description, null), description);
        }
    }

    /** The answer to a request that failed to sign in with {@code e}. */
    public static Answer of(AuthenticationException e) {
        if (e instanceof org.springframework.security.authentication.InsufficientAuthenticationException) {
            return new Answer(Kind.NO_TOKEN, "Authentication required: no token was sent; " + HOW, "Bearer realm=\"" + REALM + "\"");
        }
        if (e instanceof MalformedHeader || e instanceof OAuth2AuthenticationException o
                && BearerTokenErrorCodes.INVALID_REQUEST.equals(o.getError().getErrorCode())) {
            String why = e instanceof MalformedHeader ? e.getMessage() : "the bearer token has characters a token cannot have";
            return new Answer(Kind.MALFORMED_HEADER, "Malformed Authorization header: " + why + "; " + HOW,
                    challenge(BearerTokenErrorCodes.INVALID_REQUEST, why));
        }
        if (e instanceof TokenNotAccepted) {
            return new Answer(Kind.TOKEN_NOT_ACCEPTED, "Token not accepted: " + e.getMessage() + "; ask an admin for a new one",
                    challenge(BearerTokenErrorCodes.INVALID_TOKEN, e.getMessage()));
        }
        if (e instanceof InvalidBearerTokenException || e instanceof OAuth2AuthenticationException) {
            String why = "the JWT was rejected: " + reason(e);
            return new Answer(Kind.JWT_REJECTED, "Token not accepted: " + why, challenge(BearerTokenErrorCodes.INVALID_TOKEN, why));
        }
        return new Answer(Kind.TOKEN_NOT_ACCEPTED, "Token not accepted: " + reason(e), challenge(BearerTokenErrorCodes.INVALID_TOKEN, reason(e)));
    }

    private static String reason(AuthenticationException e) {
        String m = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        // Nimbus prefixes its reason with how it was reached; the reason itself is what a person can act on.
        return m.replace("An error occurred while attempting to decode the Jwt: ", "");
    }

    private static String challenge(String error, String description) {
        return "Bearer realm=\"" + REALM + "\", error=\"" + error + "\", error_description=\"" + quotable(description) + "\"";
    }

    /** RFC 6750 allows printable ASCII but '"' and '\' in error_description. */
    static String quotable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= 0x20 && c <= 0x7e && c != '"' && c != '\\' ? c : ' ');
        }
        return out.toString();
    }

    /**
     * Spring's bearer token resolver, except that an {@code Authorization} header that is present but not a bearer
     * token (another scheme, or {@code Bearer} without a token) is malformed rather than taken for no header at all.
     */
    static BearerTokenResolver strictResolver() {
        DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();
        return (HttpServletRequest request) -> {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            String token;
            try {
                token = standard.resolve(request);
            } catch (OAuth2AuthenticationException e) {
                throw new MalformedHeader(header != null && header.strip().equalsIgnoreCase("Bearer")
                        ? "'Bearer' is not followed by a token"
                        : "the bearer token is not one token of letters, digits and -._~+/ (RFC 6750)");
            }
            if (token == null && header != null) {
                String scheme = header.strip().split("\\s+", 2)[0];
                throw new MalformedHeader(scheme.equalsIgnoreCase("Bearer")
                        ? "'Bearer' is not followed by a token"
                        : "the scheme is '" + quotable(scheme.length() > 20 ? scheme.substring(0, 20) + "..." : scheme) + "', not 'Bearer'");
            }
            return token;
        };
    }
}
