package org.kamgraph.api.cli;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kamgraph.api.security.ApiTokens;
import org.kamgraph.api.security.AuditLog;
import org.kamgraph.api.security.KamUser;
import org.kamgraph.api.security.Role;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code token create --name=NAME --roles=KAM[,..] [--territories=T1,T2] [--expires=2027-06-30T00:00:00Z]},
 * {@code token list}, {@code token revoke ID}: API tokens in the configured database (the embedded store under
 * kam.embedded.data-dir, which must not be open in a running service, or {@code --spring.neo4j.uri=...}). The
 * running service offers the same as the createApiToken / revokeApiToken mutations. Exit 0 on success, 1 when the
 * token is unknown, 2 on bad usage.
 */
public final class TokenCommand {
    private TokenCommand() {
    }

    /**
     * @param application the Spring application to start without its web server (the service's, passed in by its
     *                    main: the commands do not reach back up to it)
     */
    public static int run(Class<?> application, String[] args) {
        if (args.length == 0) {
            return usage("say create, list or revoke");
        }
        String action = args[0];
        List<String> springArgs = new ArrayList<>(List.of("--kam.demo.load=false", "--spring.main.banner-mode=off",
                "--logging.level.root=warn"));
        String name = null;
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> territories = new LinkedHashSet<>();
        OffsetDateTime expires = null;
        String id = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--name=")) {
                name = a.substring(7);
            } else if (a.startsWith("--roles=") || a.startsWith("--role=")) {
                for (String r : a.substring(a.indexOf('=') + 1).split(",")) {
                    Role role = Role.parse(r).orElse(null);
                    if (role == null) {
                        return usage("unknown role '" + r + "'; roles are " + List.of(Role.values()));
                    }
                    roles.add(role);
                }
            } else if (a.startsWith("--territories=") || a.startsWith("--territory=")) {
                for (String t : a.substring(a.indexOf('=') + 1).split(",")) {
                    if (!t.isBlank()) {
                        territories.add(t.strip());
                    }
                }
            } else if (a.startsWith("--expires=")) {
                try {
                    expires = OffsetDateTime.parse(a.substring(10));
                } catch (DateTimeParseException e) {
                    return usage("--expires needs an instant like 2027-06-30T00:00:00Z, got " + a.substring(10));
                }
            } else if (a.startsWith("--")) {
                springArgs.add(a);
            } else if (id == null) {
                id = a;
            } else {
                return usage("unexpected argument " + a);
            }
        }
        if (!List.of("create", "list", "revoke").contains(action)) {
            return usage("unknown action '" + action + "'");
        }
        if (action.equals("create") && (name == null || roles.isEmpty())) {
            return usage("create needs --name and --roles");
        }
        if (action.equals("revoke") && id == null) {
            return usage("revoke needs the token's id (see token list)");
        }
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).run(springArgs.toArray(String[]::new))) {
            ApiTokens tokens = ctx.getBean(ApiTokens.class);
            AuditLog audit = ctx.getBean(AuditLog.class);
            KamUser me = KamUser.commandLine();
            switch (action) {
                case "create" -> {
                    ApiTokens.Issued issued = tokens.create(name, roles, territories, expires, me.name());
                    audit.record(me, "createApiToken (command)", "name \"" + name + "\", roles " + roles + ", territories " + territories, "ok: " + issued.info().id());
                    System.out.println("id:    " + issued.info().id());
                    System.out.println("token: " + issued.token());
                    System.out.println("(shown once: only its hash is stored)");
                }
                case "list" -> {
                    System.out.printf("%-12s  %-30s  %-22s  %-20s  %-24s  %s%n", "id", "name", "roles", "territories", "created", "revoked");
                    for (ApiTokens.TokenInfo t : tokens.list()) {
                        System.out.printf("%-12s  %-30s  %-22s  %-20s  %-24s  %s%n", t.id(), t.name(), t.roles(), t.territories(), t.createdAt(),
                                t.revokedAt() == null ? "" : t.revokedAt());
                    }
                }
                default -> {
                    try {
                        tokens.revoke(id, me.name());
                    } catch (org.kamgraph.cypher.NotFoundException e) {
                        System.err.println("token: " + e.getMessage());
                        return 1;
                    }
                    audit.record(me, "revokeApiToken (command)", "id " + id, "ok");
                    System.out.println("revoked " + id);
                }
            }
            return 0;
        } catch (org.kamgraph.cypher.BadInputException e) {
            return usage(e.argument() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("lock") || String.valueOf(e.getCause()).contains("lock")) {
                System.err.println("token: the embedded store is in use by a running service; stop it, or use the createApiToken and "
                        + "revokeApiToken mutations of the running service");
                return 2;
            }
            throw e;
        }
    }

    private static int usage(String problem) {
        System.err.println("token: " + problem);
        System.err.println("usage: token create --name=NAME --roles=ADMIN|KAM|MARKET_ACCESS|BI_READER[,...] [--territories=T1,T2] "
                + "[--expires=2027-06-30T00:00:00Z]");
        System.err.println("       token list");
        System.err.println("       token revoke ID");
        System.err.println("       (any: [--kam.embedded.data-dir=DIR | --spring.neo4j.uri=bolt://host:7687 ...])");
        return 2;
    }
}
