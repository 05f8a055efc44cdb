package org.kamgraph.api.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.kamgraph.api.config.KamProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The embedded demo mode signs its user in at once: at every start it creates an admin API token (revoking the one
 * of the previous start), prints it and writes it to {@code <data-dir>/admin-token} (readable by the owner only),
 * where scripts such as {@code ./kam latency} find it. Off with {@code kam.security.demo-admin-token=false}, and
 * never with an external database.
 */
@Component
public class DemoAdminToken implements ApplicationListener<ApplicationReadyEvent> {
    static final String NAME = "demo admin (printed at start-up)";
    private static final Logger LOG = LoggerFactory.getLogger(DemoAdminToken.class);
    private final ObjectProvider<org.neo4j.graphdb.GraphDatabaseService> embedded;
    private final KamProperties kam;
    private final SecurityProperties security;
    private final ApiTokens tokens;

    public DemoAdminToken(ObjectProvider<org.neo4j.graphdb.GraphDatabaseService> embedded, KamProperties kam, SecurityProperties security,
                          ApiTokens tokens) {
        this.embedded = embedded;
        this.kam = kam;
        this.security = security;
        this.tokens = tokens;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!security.demoAdminToken() || !kam.demo().load() || embedded.getIfAvailable() == null) {
            return;
        }
        for (ApiTokens.TokenInfo t : tokens.list()) {
            if (NAME.equals(t.name()) && t.revokedAt() == null) {
                tokens.revoke(t.id(), "start-up");
            }
        }
        String token = tokens.create(NAME, Set.of(Role.ADMIN), Set.of(), null, "start-up").token();
        Path file = kam.embedded().dataDir().toAbsolutePath().normalize().resolve("admin-token");
        try {
            Files.deleteIfExists(file);
            try {
                // Owner-only from the moment it exists, so the token is never readable by others, even briefly.
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file); // not a POSIX file system: the directory's defaults
            }
            Files.writeString(file, token + "\n");
        } catch (IOException e) {
            LOG.warn("Could not write {}: {}", file, e.getMessage());
        }
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        System.out.printf("%n  kam-graph demo: admin API token (new at every start; also in %s):%n%n    %s%n%n"
                + "  Sign in to http://localhost:%s/ with it, or send 'Authorization: Bearer <token>'.%n%n", file, token, port);
        LOG.info("Demo admin token created and written to {}", file);
    }
}
