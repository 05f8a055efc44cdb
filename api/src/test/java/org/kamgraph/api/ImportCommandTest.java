package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kamgraph.api.cli.ImportCommand;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.ingest.CsvImporter;
import org.kamgraph.cypher.ingest.CypherGraphWriter;
import org.kamgraph.cypher.ingest.ImportOptions;
import org.kamgraph.cypher.support.Fixtures;
import org.kamgraph.cypher.support.GraphTarget;
import org.kamgraph.cypher.support.TestDatabases;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/** The jar's {@code import} command against the embedded database: loads good files, rejects bad ones whole. */
class ImportCommandTest {

    @Test
    void importsADirectoryThenRejectsAMalformedOneLeavingTheDatabaseUnchanged() throws Exception {
        Path data = Files.createTempDirectory("kam-cli-test");
        String[] common = {"--kam.embedded.data-dir=" + data, "--kam.embedded.page-cache=64m"};

        assertThat(ImportCommand.run(KamGraphApplication.class, new String[] {Fixtures.copy("small").toString(), common[0], common[1]})).isZero();

        Path bad = Fixtures.copy("small");
        Files.writeString(bad.resolve("Hospital.csv"), "id:ID(Hospital),name,beds:long\nHOS-1,Riverside General,420\nHOS-9,Broken,four hundred\n");
        Files.writeString(bad.resolve("Clinic.csv"), "id:ID(Clinic),name\nCLI-1,A clinic that must not be written\n");
        assertThat(ImportCommand.run(KamGraphApplication.class, new String[] {bad.toString(), common[0], common[1]})).isEqualTo(1);
        assertThat(ImportCommand.run(KamGraphApplication.class, new String[] {"--batch-size=x", bad.toString()})).isEqualTo(2);
        assertThat(ImportCommand.run(KamGraphApplication.class, new String[] {data.resolve("nowhere").toString(), common[0], common[1]})).isEqualTo(2);

        // The same files through the transactional importer, for comparison with the offline bulk path used above.
        var harness = TestDatabases.harnessDriver();
        TestDatabases.wipe(harness);
        new CsvImporter(new CypherGraphWriter(new Neo4jRunner(harness, null)))
                .run(CsvImporter.sources(java.util.List.of(Fixtures.copy("small"))), ImportOptions.defaults());
        String transactional = harness.executableQuery(GraphTarget.FINGERPRINT).execute().records().getFirst().get("fingerprint").asString();

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64)).build();
        try (var tx = dbms.database("neo4j").beginTx()) {
            assertThat(tx.execute(GraphTarget.FINGERPRINT).next().get("fingerprint")).isEqualTo(transactional);
            assertThat(tx.execute("MATCH (n) WHERE NOT n:__KamMigration AND NOT n:__KamAudit RETURN count(n) AS c").next().get("c")).isEqualTo(15L);
            assertThat(tx.execute("MATCH (c:Clinic) RETURN count(c) AS c").next().get("c")).isEqualTo(0L);
            assertThat(tx.execute("MATCH (h:Hospital {id: 'HOS-1'}) RETURN h.beds AS b").next().get("b")).isEqualTo(420L);
        } finally {
            dbms.shutdown();
        }
    }

    @Test
    void aBadFileForANewStoreIsRejectedAndRepeatedRelationshipsStillBecomeOne() throws Exception {
        Path bad = Fixtures.copy("small");
        Files.writeString(bad.resolve("INFLUENCES-Person-Clinician.csv"),
                ":START_ID(Person),:END_ID(Clinician),strength:double,basis,source\nPER-1,CLN-1,0.5,reports_to,crm\nPER-1,CLN-404,0.5,peer,crm\n");
        Path rejectedData = Files.createTempDirectory("kam-cli-rejected");
        assertThat(ImportCommand.run(KamGraphApplication.class, new String[] {bad.toString(), "--kam.embedded.data-dir=" + rejectedData, "--kam.embedded.page-cache=64m"}))
                .isEqualTo(1);
        assertThat(count(rejectedData, "MATCH (n) WHERE NOT n:__KamMigration AND NOT n:__KamAudit RETURN count(n) AS c")).isZero();

        // A repeated relationship identity cannot go through Neo4j's offline importer; the upsert path takes over.
        Path repeated = Fixtures.copy("small");
        Files.writeString(repeated.resolve("PART_OF-Department-Hospital.csv"),
                ":START_ID(Department),:END_ID(Hospital),source\nDEP-1,HOS-1,crm\nDEP-2,HOS-1,crm\nDEP-2,HOS-1,registry\n");
        Path data = Files.createTempDirectory("kam-cli-repeated");
        assertThat(ImportCommand.run(KamGraphApplication.class, new String[] {repeated.toString(), "--kam.embedded.data-dir=" + data, "--kam.embedded.page-cache=64m"}))
                .isZero();
        assertThat(count(data, "MATCH (:Department {id: 'DEP-2'})-[r:PART_OF]->() WHERE r.source = 'registry' RETURN count(r) AS c")).isEqualTo(1);
        assertThat(count(data, "MATCH ()-[r]->() RETURN count(r) AS c")).isEqualTo(21);
    }

    private static long count(Path data, String cypher) {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64)).build();
        try (var tx = dbms.database("neo4j").beginTx()) {
            return (Long) tx.execute(cypher).next().get("c");
        } finally {
            dbms.shutdown();
        }
    }
}
