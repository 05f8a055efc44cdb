package org.kamgraph.api.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do. Every role may read; writes are allowed per mutation by the schema's {@code @allow}
 * directive. Only ADMIN is never limited to territories.
 */
public enum Role {
    /** Everything: model edits, imports, tokens, the audit log; sees the whole graph. */
    ADMIN,
    /** A key account manager: reads, account plans (initiatives, milestones), scenarios; usually limited to territories. */
    KAM,
    /** Market access: reads, scenarios; usually the whole graph. */
    MARKET_ACCESS,
    /** BI tools: reads and CSV exports only. */
    BI_READER;

    public String authority() {
        return "ROLE_" + name();
    }

    /** The role of a name as configured or claimed ("kam", "ROLE_KAM", "market-access"), if any. */
    public static Optional<Role> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        String bare = n.startsWith("ROLE_") ? n.substring(5) : n;
        return Arrays.stream(values()).filter(r -> r.name().equals(bare)).findFirst();
    }
}
