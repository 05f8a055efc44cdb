package org.kamgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamgraph.cypher.support.GraphTarget;
import org.kamgraph.cypher.support.TestDatabases;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;

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
    void transientFailuresAreRetriedByTheManagedTransactions() {
        // A deadlock or a leader switch fails one attempt; the driver runs the unit of work again, for reads and writes.
        java.util.concurrent.atomic.AtomicInteger writes = new java.util.concurrent.atomic.AtomicInteger();
        int written = runner.inWrite(tx -> {
            int n = tx.run("CREATE (n:Idn {id: 'T', name: 't'}) RETURN 1 AS one").single().get("one").asInt();
            if (writes.incrementAndGet() == 1) {
                throw new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock (simulated)");
            }
            return n;
        });
        assertThat(written).isEqualTo(1);
        assertThat(writes).hasValue(2);
        assertThat(nodes()).as("the failed attempt was rolled back: no half-written work").isEqualTo(1);

        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<String> names = runner.read("MATCH (n:Idn) RETURN n.name AS name", Map.of(), r -> {
            if (reads.incrementAndGet() == 1) {
                throw new ServiceUnavailableException("connection lost (simulated)");
            }
            return r.get("name").asString();
        });
        assertThat(names).containsExactly("t");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aGuardRefusesWorkBeforeItReachesTheDatabase() {
        Neo4jRunner closed = runner.guardedBy(new Neo4jRunner.Guard() {
            @Override
            public void beforeWork() {
                throw new DatabaseUnavailableException();
            }

            @Override
            public void unreachable(RuntimeException e) {
            }
        });
        assertThatThrownBy(() -> closed.write("CREATE (n:Idn {id: 'X', name: 'x'})", Map.of()))
                .isInstanceOf(DatabaseUnavailableException.class).hasMessage(DatabaseUnavailableException.MESSAGE);
        assertThat(nodes()).isZero();
    }

    @Test
    void statementsFillLabelsOnlyFromTheModel() {
        assertThat(Cypher.forKind("node-by-id", org.kamgraph.model.NodeKind.HOSPITAL)).contains("(n:`Hospital` {id: $id})");
        assertThat(Cypher.forKind("nodes-create", org.kamgraph.model.NodeKind.CLINICIAN)).contains(":`Clinician`:`Person`");
    }
}
