package org.kamgraph.cypher.ingest;

import org.kamgraph.cypher.support.TestDatabases;
import org.neo4j.driver.Driver;

/** The importer writing in-process into the embedded harness, as the embedded mode does. */
class ImporterOnHarnessTest extends ImporterContract {
    @Override
    protected Driver driver() {
        return TestDatabases.harnessDriver();
    }

    @Override
    protected GraphWriter writer() {
        return new EmbeddedGraphWriter(TestDatabases.harnessDatabase());
    }
}
