package org.kamgraph.cypher.support;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.testcontainers.neo4j.Neo4jContainer;

/** One Neo4j Testcontainer per test JVM, for the ...OnContainerTest classes (which skip without Docker). */
public final class ContainerDatabases {
    private static Neo4jContainer container;
    private static Driver driver;

    private ContainerDatabases() {
    }

    public static synchronized String containerBoltUrl() {
        containerDriver();
        return container.getBoltUrl();
    }

    public static synchronized Driver containerDriver() {
        if (container == null) {
            container = new Neo4jContainer("neo4j:2026.08.1").withoutAuthentication();
            container.start();
            driver = GraphDatabase.driver(container.getBoltUrl(), AuthTokens.none());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                driver.close();
                container.stop();
            }));
        }
        return driver;
    }
}
