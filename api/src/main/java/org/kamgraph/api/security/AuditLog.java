package org.kamgraph.api.security;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.cypher.Cypher;
import org.kamgraph.cypher.Neo4jRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log of every write and import: who, when, what, and how it ended. Each entry goes to the log
 * ({@code kam.audit}, one line) and to the database (label {@code __KamAudit}, outside the model), where admins
 * read it with the {@code auditLog} query. Recording never hides the outcome of the write itself: if the database
 * cannot take the entry (it may be the reason the write failed), the log line still has it.
 */
public final class AuditLog {
    private static final Logger LOG = LoggerFactory.getLogger("kam.audit");
    static final int MAX_DETAILS = 4_000;
    private final Neo4jRunner runner;

    public record Entry(String at, String user, String via, String action, String details, String outcome) {
    }

    public AuditLog(Neo4jRunner runner) {
        this.runner = runner;
    }

    public void record(KamUser user, String action, String details, String outcome) {
        String at = ApiTokens.now();
        String d = details == null ? "" : details.length() > MAX_DETAILS ? details.substring(0, MAX_DETAILS) + "…" : details;
        String who = user == null ? "anonymous" : user.name();
        String via = user == null ? "" : user.via();
        LOG.info("{} {} via {}: {} {} -> {}", at, who, via, action, d, outcome);
        Map<String, Object> p = new HashMap<>();
        p.put("at", at);
        p.put("user", who);
        p.put("via", via);
        p.put("action", action);
        p.put("details", d);
        p.put("outcome", outcome);
        try {
            runner.write(Cypher.load("audit-record"), p);
        } catch (RuntimeException e) {
            LOG.warn("audit entry not stored in the database ({}); it is in this log only", e.getMessage());
        }
    }

    /** How an import ended, for its audit entry. */
    public static String outcome(org.kamgraph.cypher.ingest.ImportReport report) {
        String summary = report.summary().strip();
        int line = summary.indexOf('\n');
        return (report.rejected() ? "rejected: " : "ok: ") + (line < 0 ? summary : summary.substring(0, line));
    }

    /** Entries from {@code from} (inclusive) to {@code to} (exclusive), newest first. */
    public List<Entry> list(OffsetDateTime from, OffsetDateTime to, String user, String action, int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", ApiTokens.format(from.toInstant()));
        p.put("to", ApiTokens.format(to.toInstant()));
        p.put("user", user);
        p.put("action", action);
        p.put("limit", limit);
        return runner.read(Cypher.load("audit-list"), p, r -> new Entry(r.get("at").asString(), r.get("user").asString(),
                r.get("via").asString(), r.get("action").asString(), r.get("details").asString(), r.get("outcome").asString()));
    }
}
