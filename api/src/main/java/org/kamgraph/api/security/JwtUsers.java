package org.kamgraph.api.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a validated JWT into a {@link KamUser}: the name from the configured claim (or {@code sub}), roles and
 * territories from theirs. Unknown role names are ignored; a token with no known role gets no access at all.
 */
final class JwtUsers implements Converter<Jwt, AbstractAuthenticationToken> {
    private final SecurityProperties properties;

    JwtUsers(SecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String name = jwt.getClaimAsString(properties.nameClaim());
        if (name == null || name.isBlank()) {
            name = jwt.getSubject();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : strings(jwt.getClaims().get(properties.rolesClaim()))) {
            Role.parse(r).ifPresent(roles::add);
        }
        String issuer = jwt.getIssuer() == null ? "" : jwt.getIssuer().toString();
        return new KamAuthentication(new KamUser(name == null ? "unnamed" : name, "jwt:" + issuer, roles,
                new TreeSet<>(strings(jwt.getClaims().get(properties.territoriesClaim())))));
    }

    private static List<String> strings(Object claim) {
        List<String> out = new ArrayList<>();
        if (claim instanceof Collection<?> c) {
            c.forEach(o -> out.add(String.valueOf(o)));
        } else if (claim instanceof String s && !s.isBlank()) {
            out.addAll(List.of(s.trim().split("[\\s,]+")));
        }
        return out;
    }
}
