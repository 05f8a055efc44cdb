package org.kamgraph.cypher.ingest;

import org.kamgraph.cypher.support.TestDatabases;
import org.neo4j.driver.Driver;

class ImporterOnHarnessTest extends ImporterContract {
    @Override
    protected Driver driver() {
        return TestDatabases.harnessDriver();
    }
}
