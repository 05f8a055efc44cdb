package org.kamgraph.cypher.schema;

import org.kamgraph.cypher.support.TestDatabases;
import org.neo4j.driver.Driver;

class MigrationsOnHarnessTest extends MigrationsContract {
    @Override
    protected Driver driver() {
        return TestDatabases.harnessDriver();
    }
}
