package org.kamgraph.cypher.ingest;

import org.kamgraph.cypher.support.ContainerDatabases;
import org.neo4j.driver.Driver;
import org.testcontainers.junit.jupiter.Testcontainers;

@Testcontainers(disabledWithoutDocker = true)
class ImporterOnContainerTest extends ImporterContract {
    @Override
    protected Driver driver() {
        return ContainerDatabases.containerDriver();
    }
}
