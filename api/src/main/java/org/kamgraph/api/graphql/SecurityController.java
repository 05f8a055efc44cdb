package org.kamgraph.api.graphql;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kamgraph.api.security.AccessGuard;
import org.kamgraph.api.security.ApiTokens;
import org.kamgraph.api.security.AuditLog;
import org.kamgraph.api.security.CurrentUser;
import org.kamgraph.api.security.KamUser;
import org.kamgraph.api.security.Role;
import org.kamgraph.cypher.BadInputException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code me}, API tokens and the audit log over GraphQL; roles are checked by {@link AccessGuard} from the schema. */
@Controller
public class SecurityController {
    private final ApiTokens tokens;
    private final AuditLog audit;

    public SecurityController(ApiTokens tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    public record Me(String name, String via, List<Role> roles, List<String> territories, boolean limited) {
    }

    @QueryMapping
    public Me me() {
        KamUser u = CurrentUser.get();
        return new Me(u.name(), u.via(), List.copyOf(EnumSet.copyOf(u.roles().isEmpty() ? EnumSet.noneOf(Role.class) : u.roles())),
                List.copyOf(u.territories()), u.limited());
    }

    @QueryMapping
    public List<ApiTokens.TokenInfo> apiTokens() {
        return tokens.list();
    }

    @QueryMapping
    public List<AuditLog.Entry> auditLog(@Argument OffsetDateTime from, @Argument OffsetDateTime to, @Argument String user,
                                         @Argument String action, @Argument Integer first) {
        OffsetDateTime end = to == null ? OffsetDateTime.now() : to;
        OffsetDateTime start = from == null ? end.minusDays(7) : from;
        if (!start.isBefore(end)) {
            throw new BadInputException("from", "must be before 'to' (" + end + "), was " + start);
        }
        return audit.list(start, end, user, action, Arguments.range(first == null ? 100 : first, 1, 1000, "first"));
    }

    @MutationMapping
    public ApiTokens.Issued createApiToken(@Argument String name, @Argument List<String> roles, @Argument List<String> territories,
                                           @Argument OffsetDateTime expiresAt) {
        Set<Role> rs = EnumSet.noneOf(Role.class);
        roles.forEach(r -> rs.add(Role.parse(r).orElseThrow(() -> new BadInputException("roles", "unknown role '" + r + "'"))));
        return tokens.create(name, rs, territories == null ? Set.of() : Set.copyOf(territories), expiresAt, CurrentUser.get().name());
    }

    @MutationMapping
    public ApiTokens.TokenInfo revokeApiToken(@Argument String id) {
        return tokens.revoke(id, CurrentUser.get().name());
    }
}
