package org.kamgraph.cypher.ingest.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.kamgraph.cypher.GraphVersion;
import org.kamgraph.cypher.ingest.EmbeddedGraphWriter;
import org.kamgraph.cypher.support.GraphTarget;
import org.kamgraph.cypher.support.TestDatabases;
import org.kamgraph.readers.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * The readers' own TINY MARKET fixtures (readers/src/test/resources/published) through the whole framework, with the
 * registry of real formats and auto-detection: what each file writes, and what the files before it let it resolve.
 */
class PublishedFormatsOnHarnessTest extends GraphTarget {
    static final Path FIXTURES = Path.of("..", "readers", "src", "test", "resources", "published");
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    @TempDir
    Path rejects;
    PublishedImport importer;

    @Override
    protected Driver driver() {
        return TestDatabases.harnessDriver();
    }

    @BeforeEach
    void importer() {
        importer = new PublishedImport(new EmbeddedGraphWriter(TestDatabases.harnessDatabase()), runner, new GraphVersion());
    }

    private PublishedOptions options() {
        return PublishedOptions.of("auto").withAsOf(AS_OF).withRejectsDir(rejects).withRegion(new Region(Set.of("SD")));
    }

    @Test
    void theAhrqCompendiumMakesHealthSystemsAndTheirHospitals() throws IOException {
        // Given linkage first: the systems file (an identity source) is imported before it all the same.
        PublishedReport report = importer.run(List.of(FIXTURES.resolve("ahrq/chsp-hospital-linkage-2023.csv"),
                FIXTURES.resolve("ahrq/chsp-compendium-2023.csv")), options());
        System.out.println(report.summary());

        assertThat(report.incomplete()).isFalse();
        assertThat(report.files()).extracting(PublishedReport.FileResult::format).containsExactly("ahrq-systems", "ahrq-hospital-linkage");
        assertThat(count("MATCH (h:Hospital {ccn: '430027'})-[:PART_OF {source: 'ahrq-hospital-linkage'}]->(i:Idn {name: 'Sanford Health'}) RETURN count(*)"))
                .isEqualTo(1);
        assertThat(count("MATCH (h:Hospital {ccn: '430016'})-[:PART_OF]->(i:Idn {name: 'Avera Health'}) RETURN count(*)")).isEqualTo(1);
    }

    @Test
    void thePartDFormularyListsTheCatalogsProductsByRxcui() throws IOException {
        runner.write("""
                UNWIND [['PRD-VRZ', 'VERZENIO', 'abemaciclib', '1946840'], ['PRD-IBR', 'IBRANCE', 'palbociclib', '1601380'],
                        ['PRD-KIS', 'KISQALI', 'ribociclib', '1873983']] AS p
                CREATE (:Product {id: p[0], name: p[1], genericName: p[2], rxcui: p[3], therapeuticArea: 'Oncology'})
                """, java.util.Map.of());
        Path dir = FIXTURES.resolve("partd-formulary");
        PublishedReport report = importer.run(List.of(dir.resolve("basic drugs formulary file  PPUF_2025Q2.txt"),
                dir.resolve("plan information  PPUF_2025Q2.txt")), options());
        System.out.println(report.summary());

        assertThat(report.incomplete()).isFalse();
        assertThat(report.files()).extracting(PublishedReport.FileResult::format).containsExactly("partd-plans", "partd-formulary");
        assertThat(count("MATCH (:Payer)-[l:LISTS]->(:Product {id: 'PRD-VRZ'}) WHERE l.tier = 5 RETURN count(l)")).isPositive();
        assertThat(Files.list(rejects).count()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aGeneralAndAResearchPaymentOfOneClinicianForOneProductOnOneDayAreTwoRelationships() throws IOException {
        runner.write("""
                UNWIND [['PRD-VRZ', 'VERZENIO', 'abemaciclib'], ['PRD-IBR', 'IBRANCE', 'palbociclib']] AS p
                CREATE (:Product {id: p[0], name: p[1], genericName: p[2], therapeuticArea: 'Oncology'})
                """, java.util.Map.of());
        // Olson's research payment moved to the day of his consulting fee (05/01/2024, Pfizer, IBRANCE)
        String research = "OP_DTL_RSRCH_PGYR2024_P06302025_06162025.csv";
        Path sameDay = Files.writeString(Files.createDirectories(rejects.resolve("in")).resolve(research),
                Files.readString(FIXTURES.resolve(research)).replace("07/15/2024", "05/01/2024"));
        List<Path> files = List.of(FIXTURES.resolve("nppes/npidata_pfile_20050523-20250309.csv"),
                FIXTURES.resolve("OP_DTL_GNRL_PGYR2024_P06302025_06162025.csv"), sameDay);
        String olsonsPayments = "MATCH (:Clinician {id: 'NPI-1100000029'})-[r:RECEIVED_PAYMENT]->(:Product {id: 'PRD-IBR'}) "
                + "WHERE r.validFrom = date('2024-05-01') RETURN r.nature AS nature, r.amount AS amount ORDER BY nature";

        PublishedReport report = importer.run(files, options());
        assertThat(report.incomplete()).as(report.summary()).isFalse();
        List<String> first = runner.read(olsonsPayments, java.util.Map.of(), r -> r.get("nature").asString() + " " + r.get("amount").asDouble());
        PublishedReport again = importer.run(files, options()); // the upsert path: each matched by its own identity
        List<String> second = runner.read(olsonsPayments, java.util.Map.of(), r -> r.get("nature").asString() + " " + r.get("amount").asDouble());

        assertThat(again.incomplete()).isFalse();
        assertThat(first).containsExactly("consulting 5000.0", "research 20000.0");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aTerritoryLoadsItsZipsOnlyAndCountsTheRestOutsideTheRegion() throws IOException {
        runner.write("""
                UNWIND [['PRD-VRZ', 'VERZENIO', 'abemaciclib'], ['PRD-IBR', 'IBRANCE', 'palbociclib'], ['PRD-KIS', 'KISQALI', 'ribociclib']] AS p
                CREATE (:Product {id: p[0], name: p[1], genericName: p[2], therapeuticArea: 'Oncology'})
                """, java.util.Map.of());
        Region east = org.kamgraph.readers.Territories.read(FIXTURES.resolve("territories.csv")).region(List.of("SD-East"));

        PublishedReport report = importer.run(List.of(FIXTURES.resolve("nppes/npidata_pfile_20050523-20250309.csv"),
                FIXTURES.resolve("MUP_DPR_RY26_P04_V10_DY24_NPIBN.csv")), options().withRegion(east));

        assertThat(report.incomplete()).as(report.summary()).isFalse();
        assertThat(count("MATCH (c:Clinician {id: 'NPI-1100000011'}) RETURN count(c)")).isEqualTo(1); // Sioux Falls 571
        assertThat(count("MATCH (c:Clinician {id: 'NPI-1100000078'}) RETURN count(c)")).isZero(); // Rapid City 577
        assertThat(report.files().getFirst().outsideRegion()).isEqualTo(2); // Lund (577) and Berg (ND)
        assertThat(count("MATCH (:Clinician)-[p:PRESCRIBES]->() RETURN count(p)")).isEqualTo(5);
    }

    /** The TINY MARKET in every published format the readers ship fixtures for, one import, given in any order. */
    @Test
    void theTinyMarketLoadsFromItsPublishedFilesInOneImport() throws IOException {
        runner.write("""
                UNWIND [['PRD-VRZ', 'VERZENIO', 'abemaciclib', '1946840', true], ['PRD-IBR', 'IBRANCE', 'palbociclib', '1601380', false],
                        ['PRD-KIS', 'KISQALI', 'ribociclib', '1873983', false]] AS p
                CREATE (:Product {id: p[0], name: p[1], genericName: p[2], rxcui: p[3], therapeuticArea: 'Oncology', ours: p[4]})
                """, java.util.Map.of());
        List<Path> files = List.of(
                FIXTURES.resolve("physician-shared-patient-patterns-2024-days30.txt"),
                FIXTURES.resolve("OP_DTL_GNRL_PGYR2024_P06302025_06162025.csv"),
                FIXTURES.resolve("OP_DTL_RSRCH_PGYR2024_P06302025_06162025.csv"),
                FIXTURES.resolve("MUP_DPR_RY26_P04_V10_DY24_NPIBN.csv"),
                FIXTURES.resolve("partd-formulary/basic drugs formulary file  PPUF_2025Q2.txt"),
                FIXTURES.resolve("partd-formulary/plan information  PPUF_2025Q2.txt"),
                FIXTURES.resolve("nppes/npidata_pfile_20050523-20250309.csv"),
                FIXTURES.resolve("hospitals/Hospital_General_Information.csv"),
                FIXTURES.resolve("ahrq/chsp-hospital-linkage-2023.csv"),
                FIXTURES.resolve("ahrq/chsp-compendium-2023.csv"));

        PublishedReport report = importer.run(files, options());
        System.out.println(report.summary());

        assertThat(report.incomplete()).as(report.summary()).isFalse();
        assertThat(count("MATCH (c:Clinician {id: 'NPI-1100000011'})-[p:PRESCRIBES]->(:Product {id: 'PRD-VRZ'}) RETURN count(p)")).isEqualTo(1);
        assertThat(count("MATCH (:Clinician {id: 'NPI-1100000037'})-[r:REFERS_TO]->(:Clinician {id: 'NPI-1100000011'}) RETURN count(r)")).isEqualTo(1);
        assertThat(count("MATCH (:Clinician {id: 'NPI-1100000011'})-[r:RECEIVED_PAYMENT]->(:Product {id: 'PRD-VRZ'}) RETURN count(r)")).isPositive();
        assertThat(count("MATCH (h:Hospital {ccn: '430027'}) RETURN count(h)")).isEqualTo(1);
        assertThat(count("MATCH (c:Clinician {npi: '1100000060'}) RETURN count(c)")).isZero(); // FARGO ND, outside SD
    }
}
