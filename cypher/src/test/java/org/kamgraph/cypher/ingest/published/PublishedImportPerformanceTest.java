package org.kamgraph.cypher.ingest.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kamgraph.cypher.GraphVersion;
import org.kamgraph.cypher.ingest.EmbeddedGraphWriter;
import org.kamgraph.cypher.support.GraphTarget;
import org.kamgraph.cypher.support.TestDatabases;
import org.kamgraph.model.Npi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * Rows/s of a generated toy file (two shapes per row: a clinician and where he works) into an empty database, the bulk
 * path. Run with {@code -Dkam.perf=true [-Dkam.perf.rows=1000000]}; prints the report.
 */
@EnabledIfSystemProperty(named = "kam.perf", matches = "true")
class PublishedImportPerformanceTest extends GraphTarget {
    @TempDir
    Path dir;

    @Override
    protected Driver driver() {
        return TestDatabases.harnessDriver();
    }

    @Test
    void aMillionRowsIntoAnEmptyDatabase() throws IOException {
        int rows = Integer.getInteger("kam.perf.rows", 1_000_000);
        List<Path> files = toyFiles(rows);
        PublishedImport importer = new PublishedImport(new EmbeddedGraphWriter(TestDatabases.harnessDatabase()), runner,
                new GraphVersion(), ToyFormats.all());
        long t0 = System.nanoTime();
        PublishedReport report = importer.run(files, PublishedOptions.of("auto").withRejectsDir(dir)
                .withBatchSize(50_000));
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.println(report.summary());
        System.out.printf("PERF published import: %,d rows in %.1f s = %,.0f rows/s (%,d nodes + %,d relationships)%n",
                report.rowsRead(), seconds, report.rowsRead() / seconds, report.nodesWritten(), report.relationshipsWritten());
        assertThat(report.files().get(1).written()).containsEntry("Clinician", (long) rows);
    }

    /** The same files into a NEW store: one validation, Neo4j's offline importer, then the database started and the run finished. */
    @Test
    void aMillionRowsIntoANewStore() throws IOException {
        int rows = Integer.getInteger("kam.perf.rows", 1_000_000);
        List<Path> files = toyFiles(rows);
        Path home = dir.resolve("store");
        long t0 = System.nanoTime();
        NewStorePublishedImport.Loaded loaded = NewStorePublishedImport.load(home, files, PublishedOptions.of("auto")
                .withRejectsDir(dir).withBatchSize(50_000), ToyFormats.all(), new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        org.neo4j.dbms.api.DatabaseManagementService dbms = new org.neo4j.dbms.api.DatabaseManagementServiceBuilder(home)
                .setConfig(org.neo4j.configuration.GraphDatabaseSettings.pagecache_memory, org.neo4j.io.ByteUnit.mebiBytes(64)).build();
        try {
            // finish() needs a runner only for ends and full-snapshot ends; the harness's driver stands in for an empty graph here
            PublishedReport report = loaded.finish(new EmbeddedGraphWriter(dbms.database("neo4j")), runner, new GraphVersion());
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.println(report.summary());
            System.out.printf("PERF published import into a new store: %,d rows in %.1f s (%.1f s to build the store) = %,.0f rows/s"
                    + " (%,d nodes + %,d relationships); heap used now %,d MB of max %,d MB%n",
                    report.rowsRead(), seconds, loadSeconds, report.rowsRead() / seconds, report.nodesWritten(), report.relationshipsWritten(),
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20, Runtime.getRuntime().maxMemory() >> 20);
            assertThat(report.files().get(1).written()).containsEntry("Clinician", (long) rows);
            try (var tx = dbms.database("neo4j").beginTx()) {
                assertThat(tx.findNodes(org.neo4j.graphdb.Label.label("Clinician")).stream().count()).isEqualTo(rows);
            }
        } finally {
            dbms.shutdown();
        }
    }

    private List<Path> toyFiles(int rows) throws IOException {
        Path hospitals = Files.writeString(dir.resolve("hospitals.csv"), PublishedImportOnHarnessTest.HOSPITALS);
        Path staff = dir.resolve("staff.csv");
        try (BufferedWriter w = Files.newBufferedWriter(staff)) {
            w.write("Toy_NPI,Toy_Name,Toy_State,Toy_Employer_NPI\n");
            long base = 120_000_000L;
            int written = 0;
            for (long n = base; written < rows; n++) {
                String npi = "1" + n; // 10 digits with the last a check digit
                String nine = npi.substring(0, 9);
                String valid = nine + checkDigit(nine);
                if (!Npi.isValid(valid) || (n % 10) != 0) {
                    continue;
                }
                w.write(valid + ",CLINICIAN " + written + ",SD," + (written % 2 == 0 ? "1821017880" : "1568460772") + "\n");
                written++;
            }
        }
        return List.of(hospitals, staff);
    }

    private static int checkDigit(String nine) {
        // Luhn over "80840" + nine digits, as NPIs are checked.
        String s = "80840" + nine;
        int sum = 0;
        boolean dbl = true;
        for (int i = s.length() - 1; i >= 0; i--) {
            int d = s.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return (10 - sum % 10) % 10;
    }
}
