package org.kamgraph.cypher.projection;

import org.kamgraph.cypher.support.TestDatabases;
import org.neo4j.driver.Driver;

class ProjectionOnHarnessTest extends ProjectionContract {
    @Override
    protected Driver driver() {
        return TestDatabases.harnessDriver();
    }
}
