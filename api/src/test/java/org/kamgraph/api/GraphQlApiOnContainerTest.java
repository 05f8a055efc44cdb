package org.kamgraph.api;

import org.kamgraph.cypher.support.ContainerDatabases;
import org.kamgraph.cypher.support.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The API contract in external mode against a Neo4j server in a Testcontainer; skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class GraphQlApiOnContainerTest extends GraphQlApiContract {
    @DynamicPropertySource
    static void containerServer(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", () -> {
            var driver = ContainerDatabases.containerDriver();
            TestDatabases.wipe(driver);
            return ContainerDatabases.containerBoltUrl();
        });
    }
}
