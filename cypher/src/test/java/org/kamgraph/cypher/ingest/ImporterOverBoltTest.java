package org.kamgraph.cypher.ingest;

import org.kamgraph.cypher.support.TestDatabases;
import org.neo4j.driver.Driver;

/** The importer writing Cypher over Bolt, as the external mode does, against the embedded harness. */
class ImporterOverBoltTest extends ImporterContract {
    @Override
    protected Driver driver() {
        return TestDatabases.harnessDriver();
    }
}
