package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamgraph.api.cli.TokenCommand;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/** The jar's {@code token} command: create (shown once, stored hashed), list, revoke; audited; bad usage exits 2. */
class TokenCommandTest {

    @Test
    void createsListsAndRevokesTokensStoredAsHashes() throws Exception {
        Path data = Files.createTempDirectory("kam-token-test");
        String dir = "--kam.embedded.data-dir=" + data;
        String cache = "--kam.embedded.page-cache=64m";

        String created = run(0, "create", "--name=Jane (KAM North)", "--roles=KAM", "--territories=T-NORTH,T-EAST", dir, cache);
        String id = line(created, "id:");
        String token = line(created, "token:");
        assertThat(token).startsWith("kam_" + id + "_");
        assertThat(run(0, "list", dir, cache)).contains(id).contains("Jane (KAM North)").contains("[KAM]").contains("[T-EAST, T-NORTH]")
                .doesNotContain(token);
        assertThat(run(0, "revoke", id, dir, cache)).contains("revoked " + id);
        assertThat(run(1, "revoke", id, dir, cache)).isEmpty(); // no live token with that id any more
        assertThat(run(2, "create", "--name=x", "--roles=OWNER", dir, cache)).isEmpty();
        assertThat(run(2, "create", "--name=x", "--roles=ADMIN", "--territories=T-NORTH", dir, cache)).isEmpty();
        assertThat(run(2, "frobnicate")).isEmpty();

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64)).build();
        try (var tx = dbms.database("neo4j").beginTx()) {
            Map<String, Object> stored = tx.execute("MATCH (t:__KamApiToken {id: $id}) RETURN properties(t) AS p", Map.of("id", id))
                    .next();
            @SuppressWarnings("unchecked")
            Map<String, Object> p = (Map<String, Object>) stored.get("p");
            assertThat(p.values()).doesNotContain(token);
            assertThat(p.get("hash")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))));
            assertThat(p.get("revokedAt")).isNotNull();
            List<Object> actions = tx.execute("MATCH (e:__KamAudit) RETURN e.action AS action ORDER BY e.at").columnAs("action").stream().toList();
            assertThat(actions).containsExactly("createApiToken (command)", "revokeApiToken (command)");
        } finally {
            dbms.shutdown();
        }
    }

    /** Runs the command, checks its exit code, returns what it printed on standard output. */
    private static String run(int exit, String... args) {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = TokenCommand.run(KamGraphApplication.class, args);
        } finally {
            System.setOut(before);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(String.join(" ", args) + "\n" + printed).isEqualTo(exit);
        return printed.lines().filter(l -> !l.contains(" INFO ") && !l.contains(" WARN ")).reduce("", (a, b) -> a + b + "\n").strip();
    }

    private static String line(String printed, String label) {
        return printed.lines().filter(l -> l.startsWith(label)).findFirst().orElseThrow().substring(label.length()).strip();
    }
}
