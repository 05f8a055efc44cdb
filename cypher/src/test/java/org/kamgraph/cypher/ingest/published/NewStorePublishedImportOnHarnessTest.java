package org.kamgraph.cypher.ingest.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.cypher.GraphVersion;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.ingest.EmbeddedGraphWriter;
import org.kamgraph.cypher.schema.SchemaMigrations;
import org.kamgraph.cypher.support.GraphTarget;
import org.kamgraph.cypher.support.TestDatabases;
import org.kamgraph.readers.Region;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.SourceFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.ByteUnit;

/**
 * Published files into a NEW store (one validation, Neo4j's offline importer, then the upserts of nodes that several
 * files emitted) give the same graph as the same files imported file by file into an existing database (the harness).
 */
class NewStorePublishedImportOnHarnessTest extends GraphTarget {
    @TempDir
    Path dir;

    @Override
    protected Driver driver() {
        return TestDatabases.harnessDriver();
    }

    /** A new store built from the files, then started, for the test to read (and to finish the run in). */
    private final class NewStore implements AutoCloseable {
        final DatabaseManagementService dbms;
        final Driver driver;
        final Neo4jRunner runner;
        final PublishedReport report;

        NewStore(List<Path> files, PublishedOptions options, List<SourceFormat> formats) throws IOException {
            Path home = dir.resolve("store");
            NewStorePublishedImport.Loaded loaded = NewStorePublishedImport.load(home, files, options, formats, System.out);
            assertThat(loaded).as("the files load through the offline importer").isNotNull();
            int port = freePort();
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(32))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .build();
            driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none());
            runner = new Neo4jRunner(driver, null);
            new SchemaMigrations(runner).apply();
            report = loaded.finish(new EmbeddedGraphWriter(dbms.database("neo4j")), runner, new GraphVersion());
        }

        long count(String cypher) {
            return runner.read(cypher, Map.of(), r -> r.get(0).asLong()).getFirst();
        }

        String fingerprint() {
            return runner.read(FINGERPRINT, Map.of(), r -> r.get("fingerprint").asString()).getFirst();
        }

        @Override
        public void close() {
            driver.close();
            dbms.shutdown();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String counts(Neo4jRunner on) {
        return String.join("\n", on.read("""
                MATCH (n) WHERE NOT n:__KamMigration UNWIND labels(n) AS l WITH l, count(*) AS c RETURN l + ' ' + c AS x ORDER BY x
                UNION ALL
                MATCH ()-[r]->() WITH type(r) AS t, count(*) AS c RETURN t + ' ' + c AS x ORDER BY x
                """, Map.of(), r -> r.get("x").asString()));
    }

    @Test
    void theTinyMarketGivesTheSameGraphInANewStoreAsInAnExistingOne() throws IOException {
        Path fixtures = PublishedFormatsOnHarnessTest.FIXTURES;
        List<Path> files = List.of(
                fixtures.resolve("physician-shared-patient-patterns-2024-days30.txt"),
                fixtures.resolve("OP_DTL_GNRL_PGYR2024_P06302025_06162025.csv"),
                fixtures.resolve("OP_DTL_RSRCH_PGYR2024_P06302025_06162025.csv"),
                fixtures.resolve("MUP_DPR_RY26_P04_V10_DY24_NPIBN.csv"),
                fixtures.resolve("partd-formulary/basic drugs formulary file  PPUF_2025Q2.txt"),
                fixtures.resolve("partd-formulary/plan information  PPUF_2025Q2.txt"),
                fixtures.resolve("nppes/npidata_pfile_20050523-20250309.csv"),
                fixtures.resolve("hospitals/Hospital_General_Information.csv"),
                fixtures.resolve("ahrq/chsp-hospital-linkage-2023.csv"),
                fixtures.resolve("ahrq/chsp-compendium-2023.csv"));
        PublishedOptions options = PublishedOptions.of("auto").withAsOf(PublishedFormatsOnHarnessTest.AS_OF)
                .withRejectsDir(dir.resolve("rejects")).withRegion(new Region(Set.of("SD")));
        PublishedReport existing = new PublishedImport(new EmbeddedGraphWriter(TestDatabases.harnessDatabase()), runner,
                new GraphVersion()).run(files, options);
        assertThat(existing.incomplete()).as(existing.summary()).isFalse();

        try (NewStore store = new NewStore(files, options.withRejectsDir(dir.resolve("rejects-new")), SourceFormats.all())) {
            System.out.println(store.report.summary());
            assertThat(store.report.incomplete()).as(store.report.summary()).isFalse();
            assertThat(counts(store.runner)).isEqualTo(counts(runner));
            assertThat(store.fingerprint()).isEqualTo(fingerprint());
            assertThat(store.report.rowsRead()).isEqualTo(existing.rowsRead());
            assertThat(store.report.rejected()).isEqualTo(existing.rejected());
            assertThat(store.report.outsideRegion()).isEqualTo(existing.outsideRegion());
            assertThat(store.report.files()).extracting(PublishedReport.FileResult::rejectedRows)
                    .isEqualTo(existing.files().stream().map(PublishedReport.FileResult::rejectedRows).toList());
            assertThat(store.count("MATCH (h:Hospital {ccn: '430027'}) RETURN count(h)")).isEqualTo(1);
            assertThat(store.count("MATCH (:Clinician {id: 'NPI-1100000037'})-[r:REFERS_TO]->(:Clinician {id: 'NPI-1100000011'}) RETURN count(r)"))
                    .isEqualTo(1);
        }
    }

    @Test
    void aFileRefusedMidwayLeavesTheFilesBeforeItLoadedAndTheFilesAfterItNotImported() throws IOException {
        Path fixtures = PublishedFormatsOnHarnessTest.FIXTURES;
        Path broken = dir.resolve("input").resolve("MUP_DPR_RY26_P04_V10_DY24_NPIBN.csv");
        Files.createDirectories(broken.getParent());
        // far past the first buffer that detection and the header check decode: the bad bytes are met midway
        List<String> lines = Files.readAllLines(fixtures.resolve("MUP_DPR_RY26_P04_V10_DY24_NPIBN.csv"));
        StringBuilder text = new StringBuilder(lines.getFirst()).append('\n');
        for (int i = 0; i < 3_000; i++) {
            lines.subList(1, lines.size()).forEach(l -> text.append(l).append('\n'));
        }
        byte[] good = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = "1100000011,LARSEN,ADA,SIOUX FALLS,SD,x\u00e9,\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        bad[bad.length - 4] = (byte) 0xC3; // a lone lead byte: not UTF-8
        bad[bad.length - 3] = (byte) 0x28;
        byte[] all = java.util.Arrays.copyOf(good, good.length + bad.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Files.write(broken, all);
        List<Path> files = List.of(broken,
                fixtures.resolve("physician-shared-patient-patterns-2024-days30.txt"),
                fixtures.resolve("nppes/npidata_pfile_20050523-20250309.csv"),
                fixtures.resolve("hospitals/Hospital_General_Information.csv"));
        PublishedOptions options = PublishedOptions.of("auto").withAsOf(PublishedFormatsOnHarnessTest.AS_OF)
                .withRejectsDir(dir.resolve("rejects")).withRegion(new Region(Set.of("SD")));
        try (NewStore store = new NewStore(files, options, SourceFormats.all())) {
            Map<String, PublishedReport.Status> status = new java.util.LinkedHashMap<>();
            store.report.files().forEach(f -> status.put(f.file(), f.status()));
            assertThat(status).as(store.report.summary()).containsEntry("MUP_DPR_RY26_P04_V10_DY24_NPIBN.csv", PublishedReport.Status.REFUSED)
                    .containsEntry("Hospital_General_Information.csv", PublishedReport.Status.IMPORTED)
                    .containsEntry("npidata_pfile_20050523-20250309.csv", PublishedReport.Status.IMPORTED)
                    .containsEntry("physician-shared-patient-patterns-2024-days30.txt", PublishedReport.Status.NOT_IMPORTED);
            assertThat(store.report.files().stream().filter(f -> f.status() == PublishedReport.Status.REFUSED)
                    .findFirst().orElseThrow().problem()).contains("MUP_DPR_RY26_P04_V10_DY24_NPIBN.csv").contains("not valid");
            assertThat(store.count("MATCH (h:Hospital {ccn: '430027'}) RETURN count(h)")).isEqualTo(1);
            assertThat(store.count("MATCH (c:Clinician) RETURN count(c)")).isPositive();
            assertThat(store.count("MATCH ()-[r:PRESCRIBES|REFERS_TO]->() RETURN count(r)")).as("nothing of the refused file, nor after it")
                    .isZero();
            assertThat(Files.exists(dir.resolve("store").resolve("import-translated"))).as("the translated rows are deleted").isFalse();
        }
    }

    @Test
    void aNodeThatTwoFilesEmitIsOneNodeWithBothSourcesAliases() throws IOException {
        Path a = Files.writeString(dir.resolve("hospitals-a.csv"), """
                Toy_CCN,Toy_Hospital_Name,Toy_Org_NPI,Toy_Aliases
                430027,SANFORD USD MEDICAL CENTER,1821017880,cms:430027
                """);
        Path b = Files.writeString(dir.resolve("hospitals-b.csv"), """
                Toy_CCN,Toy_Hospital_Name,Toy_Org_NPI,Toy_Aliases
                430027,SANFORD USD MEDICAL CENTER,1821017880,veeva:001A
                430016,AVERA MCKENNAN HOSPITAL & UNIVERSITY HEALTH CENTER,1568460772,veeva:001B
                """);
        Path staff = Files.writeString(dir.resolve("staff.csv"), """
                Toy_NPI,Toy_Name,Toy_State,Toy_Employer_NPI
                1100000011,ADA LARSEN,SD,1821017880
                1100000029,BEN OLSON,SD,1568460772
                """);
        List<Path> files = List.of(staff, b, a);
        PublishedOptions options = PublishedOptions.of("auto").withRejectsDir(dir.resolve("rejects"));
        PublishedReport existing = new PublishedImport(new EmbeddedGraphWriter(TestDatabases.harnessDatabase()), runner,
                new GraphVersion(), ToyFormats.all()).run(files, options);
        assertThat(existing.incomplete()).as(existing.summary()).isFalse();

        try (NewStore store = new NewStore(files, options.withRejectsDir(dir.resolve("rejects-new")), ToyFormats.all())) {
            System.out.println(store.report.summary());
            assertThat(store.count("MATCH (h:Hospital {id: 'CCN-430027'}) RETURN count(h)")).isEqualTo(1);
            List<String> aliases = store.runner.read("MATCH (h:Hospital {id: 'CCN-430027'}) RETURN h.aliases AS a", Map.of(),
                    r -> r.get("a").asString());
            assertThat(aliases.getFirst().split(";")).containsExactlyInAnyOrder("cms:430027", "veeva:001A");
            assertThat(store.count("MATCH (:Clinician)-[w:WORKS_AT]->(:Hospital) RETURN count(w)")).isEqualTo(2);
            assertThat(store.report.files()).extracting(PublishedReport.FileResult::file)
                    .containsExactly("hospitals-a.csv", "hospitals-b.csv", "staff.csv");
            assertThat(store.report.files().get(1).written()).containsEntry("Hospital", 2L);
            assertThat(counts(store.runner)).isEqualTo(counts(runner));
            assertThat(store.fingerprint()).isEqualTo(fingerprint());
        }
    }

    @Test
    void relationshipsThatTwoFilesRepeatAreUpsertedAfterTheStoreIsBuilt() throws IOException {
        Path hospitals = Files.writeString(dir.resolve("hospitals.csv"), PublishedImportOnHarnessTest.HOSPITALS);
        Path a = Files.writeString(dir.resolve("staff-a.csv"), """
                Toy_NPI,Toy_Name,Toy_State,Toy_Employer_NPI
                1100000011,ADA LARSEN,SD,1821017880
                1100000029,BEN OLSON,SD,1568460772
                """);
        Path b = Files.writeString(dir.resolve("staff-b.csv"), """
                Toy_NPI,Toy_Name,Toy_State,Toy_Employer_NPI
                1100000011,ADA LARSEN MD,SD,1821017880
                1100000045,DEV PATEL,SD,1821017880
                """);
        List<Path> files = List.of(hospitals, a, b);
        PublishedOptions options = PublishedOptions.of("auto").withAsOf(java.time.LocalDate.of(2025, 6, 30)).withRejectsDir(dir.resolve("rejects"));
        PublishedReport existing = new PublishedImport(new EmbeddedGraphWriter(TestDatabases.harnessDatabase()), runner,
                new GraphVersion(), ToyFormats.all()).run(files, options);
        assertThat(existing.incomplete()).as(existing.summary()).isFalse();

        try (NewStore store = new NewStore(files, options.withRejectsDir(dir.resolve("rejects-new")), ToyFormats.all())) {
            System.out.println(store.report.summary());
            assertThat(store.count("MATCH (:Clinician {id: 'NPI-1100000011'})-[w:WORKS_AT]->(:Hospital) RETURN count(w)")).isEqualTo(1);
            assertThat(store.count("MATCH (c:Clinician {id: 'NPI-1100000011'}) WHERE c.name = 'ADA LARSEN MD' RETURN count(c)")).isEqualTo(1);
            assertThat(store.report.files().get(2).written()).containsEntry("Clinician", 2L).containsEntry("WORKS_AT Clinician->Hospital", 2L);
            assertThat(counts(store.runner)).isEqualTo(counts(runner));
            assertThat(store.fingerprint()).isEqualTo(fingerprint());
        }
    }
}
