package org.kamgraph.api.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated {@link KamUser}, whatever the way in (API token, JWT, configured token). */
public final class KamAuthentication extends AbstractAuthenticationToken {
    private final KamUser user;

    public KamAuthentication(KamUser user) {
        super(user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
        this.user = user;
        setAuthenticated(true);
    }

    public KamUser user() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.name();
    }
}
