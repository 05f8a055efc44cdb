package org.kamgraph.cypher.projection;

import org.kamgraph.cypher.support.TestDatabases;
import org.neo4j.driver.Driver;

/** The same projections read in-process from the embedded harness, as the embedded mode does. */
class ProjectionInProcessTest extends ProjectionContract {
    @Override
    protected Driver driver() {
        return TestDatabases.harnessDriver();
    }

    @Override
    protected ProjectionLoader loader() {
        return new ProjectionLoader(runner, TestDatabases.harnessDatabase());
    }
}
