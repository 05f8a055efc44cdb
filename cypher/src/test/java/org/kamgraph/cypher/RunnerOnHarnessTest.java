package org.kamgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamgraph.cypher.support.GraphTarget;
import org.kamgraph.cypher.support.TestDatabases;
import org.neo4j.driver.Driver;

/** Reads run in read transactions (a cluster routes them to secondaries): a write attempted in one is refused. */
class RunnerOnHarnessTest extends GraphTarget {
    @Override
    protected Driver driver() {
        return TestDatabases.harnessDriver();
    }

    @Test
    void readsAreReadOnlyAndWritesAreNot() {
        assertThatThrownBy(() -> runner.read("CREATE (n:Idn {id: 'X', name: 'x'}) RETURN n", Map.of(), r -> r))
                .hasMessageContaining("read");
        assertThat(nodes()).isZero();
        runner.write("CREATE (n:Idn {id: 'X', name: 'x'})", Map.of());
        assertThat(nodes()).isEqualTo(1);
    }

    @Test
    void statementsFillLabelsOnlyFromTheModel() {
        assertThat(Cypher.forKind("node-by-id", org.kamgraph.model.NodeKind.HOSPITAL)).contains("(n:`Hospital` {id: $id})");
        assertThat(Cypher.forKind("nodes-create", org.kamgraph.model.NodeKind.CLINICIAN)).contains(":`Clinician`:`Person`");
    }
}
