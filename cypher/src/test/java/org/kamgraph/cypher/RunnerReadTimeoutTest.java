package org.kamgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamgraph.cypher.support.TestDatabases;
import org.neo4j.driver.exceptions.ClientException;

/** Reads end at the runner's read timeout (the service sets it to kam.graphql.timeout): the database stops them. */
class RunnerReadTimeoutTest {
    private static final String SLOW = "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS c";

    @Test
    void aReadOverTheTimeoutIsTerminatedByTheDatabase() {
        Neo4jRunner runner = new Neo4jRunner(TestDatabases.harnessDriver(), null).withReadTimeout(Duration.ofMillis(300));
        long started = System.nanoTime();
        assertThatThrownBy(() -> runner.read(SLOW, Map.of(), r -> r.get("c").asLong()))
                .isInstanceOf(ClientException.class)
                .satisfies(e -> assertThat(((ClientException) e).code()).contains("TransactionTimedOut"));
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(10_000);
        // Quick reads are unaffected.
        assertThat(runner.read("RETURN 1 AS c", Map.of(), r -> r.get("c").asLong())).containsExactly(1L);
    }
}
