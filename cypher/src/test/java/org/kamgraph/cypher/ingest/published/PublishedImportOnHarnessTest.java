package org.kamgraph.cypher.ingest.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.GraphVersion;
import org.kamgraph.cypher.ingest.EmbeddedGraphWriter;
import org.kamgraph.cypher.support.GraphTarget;
import org.kamgraph.cypher.support.TestDatabases;
import org.kamgraph.readers.PublishedFile;
import org.kamgraph.readers.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/** The published-import framework with two toy formats, writing in-process into the embedded harness. */
class PublishedImportOnHarnessTest extends GraphTarget {
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final String HOSPITALS = """
            Toy_CCN,Toy_Hospital_Name,Toy_Org_NPI,Ignored
            430027,SANFORD USD MEDICAL CENTER,1821017880,x
            430016,AVERA MCKENNAN HOSPITAL & UNIVERSITY HEALTH CENTER,1568460772,y
            """;
    static final String STAFF = """
            Toy_NPI,Toy_Name,Toy_State,Toy_Employer_NPI
            1100000011,ADA LARSEN,SD,1821017880
            1100000029,BEN OLSON,SD,1568460772
            1100000060,FINN BERG,ND,
            """;

    @TempDir
    Path dir;
    PublishedImport importer;

    @Override
    protected Driver driver() {
        return TestDatabases.harnessDriver();
    }

    @BeforeEach
    void importer() {
        importer = new PublishedImport(new EmbeddedGraphWriter(TestDatabases.harnessDatabase()), runner, new GraphVersion(),
                ToyFormats.all());
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private PublishedOptions options() {
        return PublishedOptions.of("auto").withAsOf(AS_OF).withRejectsDir(dir.resolve("rejects"));
    }

    private String prop(String label, String id, String property) {
        List<String> v = runner.read("MATCH (n:" + label + " {id: $id}) RETURN toString(n[$p]) AS v", Map.of("id", id, "p", property),
                r -> r.get("v").isNull() ? null : r.get("v").asString());
        return v.isEmpty() ? null : v.getFirst();
    }

    @Test
    void writesEveryShapeWithSourceAndLastVerifiedInFormatOrder() throws IOException {
        // Given staff before hospitals: the hospitals (an identity source) are imported first all the same.
        PublishedReport report = importer.run(List.of(file("staff.csv", STAFF), file("hospitals.csv", HOSPITALS)), options());

        assertThat(report.refused()).isFalse();
        assertThat(report.files()).extracting(PublishedReport.FileResult::file).containsExactly("hospitals.csv", "staff.csv");
        PublishedReport.FileResult staff = report.files().get(1);
        assertThat(staff.format()).isEqualTo("toy-staff");
        assertThat(staff.rowsRead()).isEqualTo(3);
        assertThat(staff.written()).containsExactly(Map.entry("Clinician", 3L), Map.entry("WORKS_AT Clinician->Hospital", 2L));
        assertThat(prop("Clinician", "NPI-1100000011", "source")).isEqualTo("toy-staff");
        assertThat(prop("Clinician", "NPI-1100000011", "lastVerified")).isEqualTo("2025-06-30");
        assertThat(prop("Hospital", "CCN-430027", "source")).isEqualTo("toy-hospitals");
        assertThat(count("MATCH (:Clinician {id: 'NPI-1100000011'})-[r:WORKS_AT {source: 'toy-staff', lastVerified: date('2025-06-30')}]->(:Hospital {id: 'CCN-430027'}) RETURN count(r)"))
                .isEqualTo(1);
        assertThat(report.nodesWritten()).isEqualTo(5);
        assertThat(report.relationshipsWritten()).isEqualTo(2);
        assertThat(report.summary()).contains("written 3 Clinician", "WORKS_AT Clinician->Hospital");
    }

    @Test
    void aHospitalStoredByCcnIsFoundByItsNpiInTheDatabase() throws IOException {
        importer.run(List.of(file("hospitals.csv", HOSPITALS)), options());
        // A later import, a file of its own: the employer NPI resolves to the hospital stored as CCN-430016.
        PublishedReport report = importer.run(List.of(file("staff.csv", STAFF)), options());

        assertThat(report.files().getFirst().rejected()).isZero();
        assertThat(count("MATCH (:Clinician {id: 'NPI-1100000029'})-[:WORKS_AT]->(:Hospital {id: 'CCN-430016'}) RETURN count(*)")).isEqualTo(1);
    }

    @Test
    void rejectsAreWrittenToTheRejectFileAndCountedPerReasonLargestFirst() throws IOException {
        importer.run(List.of(file("hospitals.csv", HOSPITALS)), options());
        PublishedReport report = importer.run(List.of(file("staff.csv", """
                Toy_NPI,Toy_Name,Toy_State,Toy_Employer_NPI
                123,NOBODY,SD,
                1100000037,CARA NGUYEN,SD,1300000019
                1100000045,,SD,
                1100000086,HANS MOE,SD,1300000027
                12345,NOBODY ELSE,SD,
                """)), options());

        PublishedReport.FileResult f = report.files().getFirst();
        assertThat(f.rejected()).isEqualTo(5);
        assertThat(f.rejectedRows()).containsExactly(
                new PublishedReport.ReasonCount("employer NPI not loaded", 2),
                new PublishedReport.ReasonCount("not a valid NPI", 2),
                new PublishedReport.ReasonCount("is required for Clinician", 1));
        assertThat(f.rejectFile()).isEqualTo(dir.resolve("rejects").resolve("staff.csv.rejects.csv").toString());
        assertThat(Files.readAllLines(Path.of(f.rejectFile()))).containsExactly(
                "line,column,reason",
                "2,Toy_NPI,not a valid NPI",
                "3,Toy_Employer_NPI,employer NPI not loaded",
                "5,Toy_Employer_NPI,employer NPI not loaded",
                "6,Toy_NPI,not a valid NPI",
                "4,name,is required for Clinician");
        assertThat(f.written()).containsEntry("Clinician", 2L).containsEntry("WORKS_AT Clinician->Hospital", 0L);
        assertThat(count("MATCH (c:Clinician {id: 'NPI-1100000045'}) RETURN count(c)")).isZero();
    }

    @Test
    void theRegionFilterCountsRowsOutsideItAndWritesNothingOfThem() throws IOException {
        PublishedReport report = importer.run(List.of(file("hospitals.csv", HOSPITALS), file("staff.csv", STAFF)),
                options().withRegion(new Region(Set.of("SD"))));

        PublishedReport.FileResult staff = report.files().get(1);
        assertThat(staff.outsideRegion()).isEqualTo(1);
        assertThat(staff.written()).containsEntry("Clinician", 2L);
        assertThat(count("MATCH (c:Clinician {id: 'NPI-1100000060'}) RETURN count(c)")).isZero();
        assertThat(report.outsideRegion()).isEqualTo(1);
    }

    @Test
    void autoDetectionPicksTheFormatByHeaderAndRefusesAFileNoFormatRecognizes() throws IOException {
        assertThat(importer.detect(PublishedFile.of(file("a.csv", STAFF)))).map(f -> f.name()).contains("toy-staff");
        assertThat(importer.detect(PublishedFile.of(file("b.csv", HOSPITALS)))).map(f -> f.name()).contains("toy-hospitals");

        PublishedReport report = importer.run(List.of(file("hospitals.csv", HOSPITALS), file("other.csv", "Foo,Bar\n1,2\n")), options());

        assertThat(report.refused()).isTrue();
        assertThat(report.problems()).containsExactly("other.csv:1: no format recognizes this file's header; give --format=NAME"
                + " (formats: toy-hospitals, toy-staff)");
        assertThat(nodes()).isZero();
    }

    @Test
    void anUnknownFormatNameIsRefusedListingTheFormats() {
        assertThatThrownBy(() -> importer.run(List.of(file("s.csv", STAFF)), options().withFormat("nppes")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("format: unknown format 'nppes'; formats: auto, toy-hospitals, toy-staff");
    }

    @Test
    void aMissingRequiredColumnRefusesTheImportBeforeAnyWrite() throws IOException {
        PublishedReport report = importer.run(List.of(file("staff2.csv", "Toy_NPI,Toy_State\n1100000011,SD\n"), file("staff.csv", STAFF)),
                options().withFormat("toy-staff"));
        assertThat(report.refused()).isTrue();
        assertThat(report.problems()).hasSize(1);
        assertThat(report.problems().getFirst()).startsWith("staff2.csv:1 column 'Toy_Name': required column missing for format toy-staff");
        assertThat(nodes()).isZero();
    }

    @Test
    void aFileWithBadBytesMidwayIsRefusedWholeAndTheFilesBeforeItStayWritten() throws IOException {
        // Long rows first (an ignored column), so the bad bytes come well after the reader's first buffer.
        String note = "x".repeat(30_000);
        byte[] good = ("Toy_NPI,Toy_Name,Toy_State,Toy_Employer_NPI,Note\n"
                + "1100000011,ADA LARSEN,SD,," + note + "\n"
                + "1100000029,BEN OLSON,SD,," + note + "\n"
                + "1100000060,FINN BERG,ND,," + note + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = "1100000086,HANS \u00ff MOE,SD,\n".getBytes(StandardCharsets.ISO_8859_1); // 0xFF is never UTF-8
        byte[] bytes = Arrays.copyOf(good, good.length + bad.length);
        System.arraycopy(bad, 0, bytes, good.length, bad.length);
        Path staff = Files.write(dir.resolve("staff.csv"), bytes);

        PublishedReport report = importer.run(List.of(file("hospitals.csv", HOSPITALS), staff), options());

        assertThat(report.refused()).isFalse();
        assertThat(report.incomplete()).isTrue();
        PublishedReport.FileResult f = report.files().get(1);
        assertThat(f.status()).isEqualTo(PublishedReport.Status.REFUSED);
        assertThat(f.problem()).startsWith("staff.csv:").contains("the file is not valid");
        assertThat(count("MATCH (c:Clinician) RETURN count(c)")).isZero();
        assertThat(count("MATCH (h:Hospital) RETURN count(h)")).isEqualTo(2);
        assertThat(report.summary()).contains("REFUSED, nothing of it written");
    }

    @Test
    void aTruncatedZipIsRefusedBeforeAnyWrite() throws IOException {
        Path zip = dir.resolve("staff.zip");
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os)) {
            z.putNextEntry(new ZipEntry("staff.csv"));
            z.write(STAFF.repeat(50).getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        byte[] whole = Files.readAllBytes(zip);
        Files.write(zip, Arrays.copyOf(whole, whole.length / 2));

        PublishedReport report = importer.run(List.of(file("hospitals.csv", HOSPITALS), zip), options());

        assertThat(report.refused()).isTrue();
        assertThat(report.problems().getFirst()).startsWith("staff.zip: the archive is damaged or truncated");
        assertThat(nodes()).isZero();
    }

    @Test
    void aZipWithItsDataFileImports() throws IOException {
        Path zip = dir.resolve("staff.zip");
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os)) {
            z.putNextEntry(new ZipEntry("readme.pdf"));
            z.write(new byte[] {1, 2, 3});
            z.putNextEntry(new ZipEntry("staff.csv"));
            z.write(STAFF.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        PublishedReport report = importer.run(List.of(zip), options());

        assertThat(report.files().getFirst().written()).containsEntry("Clinician", 3L);
    }

    @Test
    void reImportingTheSameFilesChangesNothing() throws IOException {
        List<Path> files = List.of(file("hospitals.csv", HOSPITALS), file("staff.csv", STAFF));
        importer.run(files, options());
        String before = fingerprint();

        PublishedReport again = importer.run(files, options());

        assertThat(fingerprint()).isEqualTo(before);
        assertThat(again.files().get(1).ended()).isZero();
        assertThat(again.files().get(1).bulkMode()).isFalse();
    }

    @Test
    void aFullSnapshotEndsWhatItNoLongerHoldsAndDeletesNothing() throws IOException {
        importer.run(List.of(file("hospitals.csv", HOSPITALS), file("staff_20250131.csv", STAFF)), options());
        PublishedReport report = importer.run(List.of(file("staff_20250228.csv", """
                Toy_NPI,Toy_Name,Toy_State,Toy_Employer_NPI
                1100000011,ADA LARSEN,SD,1821017880
                1100000060,FINN BERG,ND,
                """)), options());

        PublishedReport.FileResult f = report.files().getFirst();
        assertThat(f.asOf()).isEqualTo("2025-02-28"); // from the file's name, over --as-of
        assertThat(f.ended()).isEqualTo(2); // Olson and his WORKS_AT
        assertThat(prop("Clinician", "NPI-1100000029", "validTo")).isEqualTo("2025-02-27");
        assertThat(prop("Clinician", "NPI-1100000029", "name")).isEqualTo("BEN OLSON");
        assertThat(count("MATCH (:Clinician {id: 'NPI-1100000029'})-[r:WORKS_AT]->() WHERE r.validTo = date('2025-02-27') RETURN count(r)")).isEqualTo(1);
        assertThat(prop("Clinician", "NPI-1100000011", "validTo")).isNull();
        assertThat(prop("Hospital", "CCN-430027", "validTo")).isNull(); // another source: untouched
    }

    static final String STAFF_WITHOUT_OLSON = """
            Toy_NPI,Toy_Name,Toy_State,Toy_Employer_NPI
            1100000011,ADA LARSEN,SD,1821017880
            1100000060,FINN BERG,ND,
            """;

    @Test
    void whatAFullSnapshotEndedIsOpenAgainWhenALaterFullFileOfTheSourceHoldsIt() throws IOException {
        importer.run(List.of(file("hospitals.csv", HOSPITALS), file("staff_20250131.csv", STAFF)), options());
        importer.run(List.of(file("staff_20250228.csv", STAFF_WITHOUT_OLSON)), options());
        assertThat(prop("Clinician", "NPI-1100000029", "validTo")).isEqualTo("2025-02-27");
        assertThat(prop("Clinician", "NPI-1100000029", "endedBy")).isEqualTo("toy-staff");

        PublishedReport report = importer.run(List.of(file("staff_20250331.csv", STAFF)), options());

        assertThat(report.files().getFirst().ended()).isZero();
        assertThat(prop("Clinician", "NPI-1100000029", "validTo")).isNull();
        assertThat(prop("Clinician", "NPI-1100000029", "endedBy")).isNull();
        assertThat(prop("Clinician", "NPI-1100000029", "lastVerified")).isEqualTo("2025-03-31");
        assertThat(count("MATCH (:Clinician {id: 'NPI-1100000029'})-[r:WORKS_AT]->() WHERE r.validTo IS NULL AND r.endedBy IS NULL "
                + "RETURN count(r)")).isEqualTo(1);
    }

    @Test
    void aValidToTheSourceGaveStaysWhenItsNextFileHoldsTheNodeWithoutOne() throws IOException {
        importer.run(List.of(file("hospitals.csv", HOSPITALS), file("staff.csv", STAFF)), options());
        importer.run(List.of(file("staff_20250701.csv", """
                Toy_NPI,Toy_Name,Toy_State,Toy_Employer_NPI,Toy_Deactivated
                1100000011,ADA LARSEN,SD,1821017880,
                1100000029,,,,2025-03-31
                """)), options());

        importer.run(List.of(file("staff_20250801.csv", STAFF)), options());

        assertThat(prop("Clinician", "NPI-1100000029", "validTo")).isEqualTo("2025-03-31"); // ended by the source, by key
        // his WORKS_AT was ended by the snapshot of 2025-07-01 (gone from it): open again
        assertThat(count("MATCH (:Clinician {id: 'NPI-1100000029'})-[r:WORKS_AT]->() WHERE r.validTo IS NULL RETURN count(r)"))
                .isEqualTo(1);
    }

    @Test
    void intoAnEmptyDatabaseTheFirstFileTakesTheBulkPathAndLaterFilesUpsert() throws IOException {
        PublishedReport report = importer.run(List.of(file("hospitals.csv", HOSPITALS), file("staff.csv", STAFF)), options());

        assertThat(report.files().get(0).bulkMode()).isTrue();
        assertThat(report.files().get(1).bulkMode()).isFalse();
        assertThat(count("MATCH (n) WHERE NOT n:__KamMigration RETURN count(n)")).isEqualTo(5);
    }

    @Test
    void nodesEmittedByTwoSourcesAreOneNode() throws IOException {
        importer.run(List.of(file("hospitals.csv", HOSPITALS)), options());
        // The staff list names a clinician; a second staff file (another day) names him again with another state.
        importer.run(List.of(file("staff.csv", STAFF)), options());
        importer.run(List.of(file("staff_20250701.csv", "Toy_NPI,Toy_Name,Toy_State\n1100000011,ADA LARSEN,MN\n")), options());

        assertThat(count("MATCH (c:Clinician {npi: '1100000011'}) RETURN count(c)")).isEqualTo(1);
        assertThat(prop("Clinician", "NPI-1100000011", "region")).isEqualTo("MN");
    }

    @Test
    void aNodeEndedByKeyAloneGetsItsValidTo() throws IOException {
        importer.run(List.of(file("hospitals.csv", HOSPITALS), file("staff.csv", STAFF)), options());

        PublishedReport report = importer.run(List.of(file("staff_20250701.csv", """
                Toy_NPI,Toy_Name,Toy_State,Toy_Employer_NPI,Toy_Deactivated
                1100000011,ADA LARSEN,SD,1821017880,
                1100000060,FINN BERG,ND,,
                1100000029,,,,2025-03-31
                1100000078,,,,2025-03-31
                """)), options());

        PublishedReport.FileResult f = report.files().getFirst();
        assertThat(f.ended()).isEqualTo(1 + 1); // Olson by key, and his WORKS_AT (gone from this full snapshot)
        assertThat(prop("Clinician", "NPI-1100000029", "validTo")).isEqualTo("2025-03-31");
        assertThat(prop("Clinician", "NPI-1100000029", "name")).isEqualTo("BEN OLSON");
        assertThat(f.rejectedRows()).containsExactly(new PublishedReport.ReasonCount("deactivated NPI not loaded", 1));
    }
}
