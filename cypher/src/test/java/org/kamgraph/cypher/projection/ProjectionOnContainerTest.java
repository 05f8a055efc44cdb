package org.kamgraph.cypher.projection;

import org.kamgraph.cypher.support.ContainerDatabases;
import org.neo4j.driver.Driver;
import org.testcontainers.junit.jupiter.Testcontainers;

@Testcontainers(disabledWithoutDocker = true)
class ProjectionOnContainerTest extends ProjectionContract {
    @Override
    protected Driver driver() {
        return ContainerDatabases.containerDriver();
    }
}
