package org.kamgraph.cypher.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.kamgraph.cypher.Cypher;
import org.kamgraph.cypher.Neo4jRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the schema (constraints and indexes) as versioned migrations, in the manner of neo4j-migrations
 * (whose artifacts are incomplete in the registry this project builds from): scripts
 * {@code db/migration/V###__description.cypher} run in version order; each applied version is recorded as a
 * {@code :__KamMigration} node with its checksum, so a restart skips it, and an edited script that was already
 * applied is refused rather than silently diverging. Statements use {@code IF NOT EXISTS}, so re-running a
 * half-applied script is harmless.
 */
public final class SchemaMigrations {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

    /** The migrations, in order. Add new scripts at the end; never edit an applied one. */
    public static final List<String> SCRIPTS = List.of("V001__unique_ids", "V002__search_indexes", "V003__milestone_ids", "V004__market_indexes",
            "V005__security");

    private final Neo4jRunner runner;

    public SchemaMigrations(Neo4jRunner runner) {
        this.runner = runner;
    }

    /** A migration script: version, description, statements and checksum. */
    public record Migration(int version, String description, List<String> statements, long checksum) {
    }

    /** Applies what is missing; returns the versions applied by this call. */
    public List<Integer> apply() {
        runner.schema(Cypher.load("migration-constraint"));
        Map<Long, Long> applied = new java.util.HashMap<>();
        runner.read(Cypher.load("migration-applied"), Map.of(),
                r -> applied.put(r.get("version").asLong(), r.get("checksum").asLong()));
        List<Integer> done = new ArrayList<>();
        for (Migration m : migrations()) {
            Long checksum = applied.get((long) m.version());
            if (checksum != null) {
                if (checksum != m.checksum()) {
                    throw new IllegalStateException("Migration V" + m.version() + " (" + m.description()
                            + ") was changed after it was applied; add a new migration instead of editing it");
                }
                continue;
            }
            LOG.info("Applying schema migration V{} {}", m.version(), m.description());
            m.statements().forEach(runner::schema);
            runner.write(Cypher.load("migration-record"), Map.of("version", m.version(),
                    "description", m.description(), "checksum", m.checksum()));
            done.add(m.version());
        }
        runner.schema("CALL db.awaitIndexes(300)");
        return done;
    }

    public static List<Migration> migrations() {
        return SCRIPTS.stream().map(SchemaMigrations::load).toList();
    }

    private static Migration load(String name) {
        String path = "/db/migration/" + name + ".cypher";
        try (InputStream in = SchemaMigrations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration " + path);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            CRC32 crc = new CRC32();
            crc.update(text.getBytes(StandardCharsets.UTF_8));
            int version = Integer.parseInt(name.substring(1, name.indexOf("__")));
            String description = name.substring(name.indexOf("__") + 2).replace('_', ' ');
            return new Migration(version, description, Cypher.statements(text), crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
