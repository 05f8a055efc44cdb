package org.kamgraph.cypher.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamgraph.cypher.support.GraphTarget;
import org.kamgraph.model.NodeKind;

/** Schema migrations: every kind's id is unique, applying twice changes nothing, an edited migration is refused. */
abstract class MigrationsContract extends GraphTarget {

    @Test
    void everyKindHasAUniqueIdConstraintAndTheSearchIndexExists() {
        List<String> constraints = runner.read("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' "
                + "RETURN labelsOrTypes[0] + '.' + properties[0] AS c", Map.of(), r -> r.get("c").asString());
        assertThat(constraints).containsAll(Arrays.stream(NodeKind.values()).map(k -> k.label() + ".id").toList());
        assertThat(count("SHOW INDEXES YIELD name, type, state WHERE name = 'node_names' AND type = 'FULLTEXT' AND state = 'ONLINE' RETURN count(*)"))
                .isEqualTo(1);
    }

    @Test
    void applyingAgainChangesNothing() {
        long before = count("SHOW INDEXES YIELD name RETURN count(*)");
        assertThat(new SchemaMigrations(runner).apply()).isEmpty();
        assertThat(count("SHOW INDEXES YIELD name RETURN count(*)")).isEqualTo(before);
        assertThat(count("MATCH (m:__KamMigration) RETURN count(m)")).isEqualTo(SchemaMigrations.SCRIPTS.size());
    }

    @Test
    void anAppliedMigrationThatWasEditedIsRefused() {
        long real = runner.read("MATCH (m:__KamMigration {version: 1}) RETURN m.checksum AS c", Map.of(), r -> r.get("c").asLong()).getFirst();
        runner.write("MATCH (m:__KamMigration {version: 1}) SET m.checksum = $c", Map.of("c", real + 1));
        try {
            assertThatThrownBy(() -> new SchemaMigrations(runner).apply())
                    .hasMessageContaining("V1").hasMessageContaining("changed after it was applied");
        } finally {
            runner.write("MATCH (m:__KamMigration {version: 1}) SET m.checksum = $c", Map.of("c", real));
        }
    }

    @Test
    void theUniquenessConstraintRejectsADuplicateId() {
        runner.write("CREATE (:Hospital:Organization:Account {id: 'H-1', name: 'One'})", Map.of());
        assertThatThrownBy(() -> runner.write("CREATE (:Hospital {id: 'H-1', name: 'Two'})", Map.of()))
                .hasMessageContaining("already exists");
        // Clinicians are Persons: one id space.
        runner.write("CREATE (:Person {id: 'P-1', name: 'A'})", Map.of());
        assertThatThrownBy(() -> runner.write("CREATE (:Clinician:Person {id: 'P-1', name: 'B'})", Map.of()))
                .hasMessageContaining("already exists");
    }
}
