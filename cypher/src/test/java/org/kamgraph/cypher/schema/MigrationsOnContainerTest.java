package org.kamgraph.cypher.schema;

import org.kamgraph.cypher.support.ContainerDatabases;
import org.neo4j.driver.Driver;
import org.testcontainers.junit.jupiter.Testcontainers;

@Testcontainers(disabledWithoutDocker = true)
class MigrationsOnContainerTest extends MigrationsContract {
    @Override
    protected Driver driver() {
        return ContainerDatabases.containerDriver();
    }
}
