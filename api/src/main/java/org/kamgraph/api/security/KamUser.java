package org.kamgraph.api.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Who is asking: a name, roles and the sales territories the user is limited to.
 *
 * <p>An ADMIN sees everything. Anyone else with territories sees only those territories ({@link #limited()}); a
 * KAM without territories sees nothing of the market (only the product catalogue), so a forgotten territory
 * claim fails closed; MARKET_ACCESS and BI_READER without territories see the whole graph.
 *
 * @param name        the user (token name or JWT subject), for the audit log
 * @param via         how the user signed in: {@code token:<id>}, {@code jwt:<issuer>} or {@code config}
 * @param roles       at least one
 * @param territories sales territories (the {@code territory} property of accounts and people)
 */
public record KamUser(String name, String via, Set<Role> roles, SortedSet<String> territories) {

    public KamUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        territories = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(territories));
    }

    /** Whoever runs a command on this machine: the operating system user, as ADMIN (they hold the store's files). */
    public static KamUser commandLine() {
        return new KamUser("cli:" + System.getProperty("user.name", "unknown"), "command", Set.of(Role.ADMIN), new TreeSet<>());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the user sees only their territories. */
    public boolean limited() {
        if (roles.contains(Role.ADMIN)) {
            return false;
        }
        return !territories.isEmpty() || roles.contains(Role.KAM);
    }
}
