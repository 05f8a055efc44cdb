package org.kamgraph.cypher.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamgraph.cypher.support.GraphTarget;

/** The importer's behaviour, run against each database target. */
abstract class ImporterContract extends GraphTarget {

    static Path fixture(String name) {
        try {
            return Path.of(ImporterContract.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The writer under test; the Cypher one by default. */
    protected GraphWriter writer() {
        return new CypherGraphWriter(runner);
    }

    CsvImporter importer() {
        return new CsvImporter(writer());
    }

    ImportReport importSmall(ImportOptions options) throws IOException {
        return importer().run(CsvImporter.sources(List.of(fixture("small"))), options);
    }

    static CsvSource csv(String name, String text) {
        return CsvSource.of(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void importsGoodFilesWithTypesLabelsAndHistory() throws IOException {
        ImportReport report = importSmall(ImportOptions.defaults());

        assertThat(report.problems()).isEmpty();
        assertThat(report.written()).isTrue();
        assertThat(report.bulkMode()).isTrue();
        assertThat(report.nodesWritten()).isEqualTo(15);
        assertThat(report.relationshipsWritten()).isEqualTo(21);
        assertThat(nodes()).isEqualTo(15);
        assertThat(relationships()).isEqualTo(21);
        assertThat(count("MATCH (h:Hospital:Organization:Account {id: 'HOS-1'}) WHERE h.beds = 420 AND h.teaching AND h.validFrom = date('2001-05-01') RETURN count(h)")).isEqualTo(1);
        assertThat(count("MATCH (c:Clinician:Person) RETURN count(c)")).isEqualTo(4);
        assertThat(count("MATCH (:Clinician {id: 'CLN-1'})-[p:PRESCRIBES]->(:Product {id: 'PRD-1'}) WHERE p.amount = 2450000.5 AND p.claims = 1200 AND p.currency = 'USD' RETURN count(p)")).isEqualTo(1);
        // Two positions of the same person at the same hospital, told apart by validFrom.
        assertThat(count("MATCH (:Clinician {id: 'CLN-2'})-[w:WORKS_AT]->(:Hospital {id: 'HOS-1'}) RETURN count(w)")).isEqualTo(2);
        assertThat(runner.read("MATCH (:Clinician {id: 'CLN-2'})-[w:WORKS_AT {validFrom: date('2012-01-01')}]->() RETURN w.validTo AS t",
                Map.of(), r -> r.get("t").asLocalDate())).containsExactly(LocalDate.of(2019, 12, 31));
    }

    @Test
    void reimportingTheSameFilesChangesNothing() throws IOException {
        importSmall(ImportOptions.defaults());
        String before = fingerprint();

        ImportReport again = importSmall(ImportOptions.defaults());

        assertThat(again.bulkMode()).isFalse();
        assertThat(again.written()).isTrue();
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(nodes()).isEqualTo(15);
        assertThat(relationships()).isEqualTo(21);
    }

    @Test
    void incrementalImportUpdatesAndAddsWithoutTouchingTheRest() throws IOException {
        importSmall(ImportOptions.defaults());
        ImportReport report = importer().run(List.of(
                csv("Hospital.csv", "id:ID(Hospital),name,beds:long\nHOS-2,Riverside North Campus,200\nHOS-4,Riverside East,90\n"),
                csv("PART_OF.csv", ":START_ID(Hospital),:END_ID(Idn)\nHOS-4,IDN-1\n")), ImportOptions.defaults());

        assertThat(report.problems()).isEmpty();
        assertThat(nodes()).isEqualTo(16);
        assertThat(relationships()).isEqualTo(22);
        // Upsert: the new name and beds, the untouched city kept.
        assertThat(runner.read("MATCH (h:Hospital {id: 'HOS-2'}) RETURN h.name + '|' + h.beds + '|' + h.city AS s", Map.of(),
                r -> r.get("s").asString())).containsExactly("Riverside North Campus|200|Peoria");
    }

    @Test
    void relationshipEndpointsMayComeFromTheDatabase() throws IOException {
        importSmall(ImportOptions.defaults());
        ImportReport report = importer().run(List.of(csv("INFLUENCES.csv",
                ":START_ID(Person),:END_ID(Clinician),strength:double,basis\nPER-1,CLN-3,0.4,peer\n")), ImportOptions.defaults());
        assertThat(report.problems()).isEmpty();
        assertThat(count("MATCH (:Person {id: 'PER-1'})-[r:INFLUENCES]->(:Clinician {id: 'CLN-3'}) RETURN count(r)")).isEqualTo(1);
    }

    record BadCase(String file, String text, long line, String column, String reason) {
    }

    static List<BadCase> badCases() {
        return List.of(
                new BadCase("Spaceship.csv", "id:ID(Spaceship),name\nS-1,Enterprise\n", 1, "id:ID(Spaceship)", "unknown node kind 'Spaceship'"),
                new BadCase("Hospital.csv", "id:ID(Hospital),name,beds:long\nHOS-9,Nine,many\n", 2, "beds", "expected a whole number but found 'many'"),
                new BadCase("Hospital.csv", "id:ID(Hospital),name,validFrom:date\nHOS-9,Nine,2024-13-01\n", 2, "validFrom", "expected a date as YYYY-MM-DD"),
                new BadCase("Hospital.csv", "id:ID(Hospital),name\nHOS-9,Nine\nHOS-9,Nine again\n", 3, "id", "duplicate id 'HOS-9'"),
                new BadCase("Hospital.csv", "id:ID(Hospital),name,colour\nHOS-9,Nine,red\n", 1, "colour", "'colour' is not a property of Hospital"),
                new BadCase("Hospital.csv", "id:ID(Hospital),name\nHOS-9,\n", 2, "name", "is required for Hospital"),
                new BadCase("Clinician.csv", "id:ID(Clinician),name,npi\nCLN-9,Dr. X,1234567890\n", 2, "npi", "not a valid NPI"),
                new BadCase("INFLUENCES.csv", ":START_ID(Clinician),:END_ID(Clinician),strength:double\nCLN-1,CLN-404,0.5\n", 2, ":END_ID(Clinician)",
                        "no Clinician with id 'CLN-404'"),
                new BadCase("INFLUENCES.csv", ":START_ID(Clinician),:END_ID(Clinician),strength:double\nCLN-1,CLN-2,1.5\n", 2, "strength", "outside the range 0..1"),
                new BadCase("SUPPLIES.csv", ":START_ID(Hospital),:END_ID(Clinician)\nHOS-1,CLN-1\n", 2, null,
                        "SUPPLIES may not join Hospital to Clinician"),
                new BadCase("IN_DMU.csv", ":START_ID(Clinician),:END_ID(Product),role\nCLN-1,PRD-1,decider\n", 2, null, "IN_DMU may not join Clinician to Product"),
                new BadCase("Hospital.csv", "id:ID(Hospital),name,beds:long\nHOS-9,Nine,1,extra\n", 2, null, "expected 3 columns but found 4"),
                new BadCase("notes.csv", "a,b\n1,2\n", 1, null, "needs an id:ID(Kind) column"));
    }

    @Test
    void everyBadRowIsReportedWithFileLineColumnAndNothingIsWritten() throws IOException {
        importSmall(ImportOptions.defaults());
        String before = fingerprint();
        for (BadCase bad : badCases()) {
            // A good file rides along: it must not be written either (all or nothing).
            ImportReport report = importer().run(List.of(
                    csv("Pharmacy.csv", "id:ID(Pharmacy),name,pharmacyType\nPHA-1,Main Street Pharmacy,retail\n"),
                    csv(bad.file(), bad.text())), ImportOptions.defaults());

            assertThat(report.rejected()).as(bad.toString()).isTrue();
            assertThat(report.written()).isFalse();
            assertThat(report.problems()).as(bad.toString()).anySatisfy(p -> {
                assertThat(p.file()).isEqualTo(bad.file());
                assertThat(p.line()).isEqualTo(bad.line());
                if (bad.column() != null) {
                    assertThat(p.column()).isEqualTo(bad.column());
                }
                assertThat(p.reason()).contains(bad.reason());
            });
            assertThat(fingerprint()).as("database unchanged after " + bad).isEqualTo(before);
        }
    }

    @Test
    void skipInvalidLoadsTheValidRowsAndReportsTheRest() {
        ImportReport report = importer().run(List.of(
                csv("Hospital.csv", "id:ID(Hospital),name,beds:long\nHOS-1,One,10\nHOS-2,Two,lots\nHOS-3,Three,30\n"),
                csv("Idn.csv", "id:ID(Idn),name\nIDN-1,Net\n"),
                csv("PART_OF.csv", ":START_ID(Hospital),:END_ID(Idn)\nHOS-1,IDN-1\nHOS-2,IDN-1\nHOS-3,IDN-1\n")),
                ImportOptions.defaults().withSkipInvalid(true));

        assertThat(report.written()).isTrue();
        assertThat(report.nodesWritten()).isEqualTo(3);
        assertThat(report.relationshipsWritten()).isEqualTo(2);
        assertThat(report.problems()).extracting(ImportProblem::toString).containsExactlyInAnyOrder(
                "Hospital.csv:3 column 'beds': expected a whole number but found 'lots'",
                "PART_OF.csv:3 column ':START_ID(Hospital)': no Hospital with id 'HOS-2' in this import (as a valid row) or in the database");
        assertThat(count("MATCH (h:Hospital) RETURN count(h)")).isEqualTo(2);
    }

    @Test
    void anImportKilledMidwayLeavesWholeBatchesAndARerunCompletesIt() throws IOException {
        // Stop after the third committed batch of one row each, as a kill would.
        ImportProgress dies = new ImportProgress() {
            int batches;

            @Override
            public void advance(String file, long rows) {
                if (++batches == 3) {
                    throw new IllegalStateException("killed");
                }
            }
        };
        assertThatThrownBy(() -> importSmall(new ImportOptions(false, 1, dies))).hasMessage("killed");
        assertThat(nodes()).isEqualTo(3);

        ImportReport rerun = importSmall(new ImportOptions(false, 1, null));
        assertThat(rerun.problems()).isEmpty();
        String resumed = fingerprint();

        wipeAndImportCleanly();
        assertThat(resumed).isEqualTo(fingerprint());
    }

    @Test
    void aBatchThatFailsInsideItsTransactionLeavesNoPartOfItAndARerunCompletesIt() {
        // The database refuses the fourth row after the third, in the same batch of two, was already written in that
        // batch's transaction (its name collides under a constraint made for this test): a failure inside a batch, as a
        // kill or a lost connection mid-transaction would be. The batch must leave nothing; the ones before it stay.
        importer().run(List.of(csv("Hospital.csv", "id:ID(Hospital),name\nHOS-0,Taken\n")), ImportOptions.defaults());
        List<CsvSource> input = List.of(csv("Hospital.csv",
                "id:ID(Hospital),name\nHOS-1,One\nHOS-2,Two\nHOS-3,Three\nHOS-4,Taken\nHOS-5,Five\n"));
        runner.schema("CREATE CONSTRAINT kam_test_hospital_name IF NOT EXISTS FOR (h:Hospital) REQUIRE h.name IS UNIQUE");
        try {
            assertThatThrownBy(() -> importer().run(input, new ImportOptions(false, 2, null))).isInstanceOf(RuntimeException.class);
            assertThat(runner.read("MATCH (h:Hospital) RETURN h.id AS id ORDER BY id", Map.of(), r -> r.get("id").asString()))
                    .as("the first batch committed, the failed one left no half").containsExactly("HOS-0", "HOS-1", "HOS-2");
        } finally {
            runner.schema("DROP CONSTRAINT kam_test_hospital_name IF EXISTS");
        }

        ImportReport rerun = importer().run(input, new ImportOptions(false, 2, null));
        assertThat(rerun.problems()).isEmpty();
        assertThat(runner.read("MATCH (h:Hospital) RETURN h.id + '=' + h.name AS h ORDER BY h", Map.of(), r -> r.get("h").asString()))
                .containsExactly("HOS-0=Taken", "HOS-1=One", "HOS-2=Two", "HOS-3=Three", "HOS-4=Taken", "HOS-5=Five");
    }

    private void wipeAndImportCleanly() throws IOException {
        org.kamgraph.cypher.support.TestDatabases.wipe(driver());
        importSmall(ImportOptions.defaults());
    }

    @Test
    void duplicateRelationshipRowsBecomeOneRelationship() {
        ImportReport report = importer().run(List.of(
                csv("Idn.csv", "id:ID(Idn),name\nIDN-1,Net\n"),
                csv("Hospital.csv", "id:ID(Hospital),name\nHOS-1,One\n"),
                csv("PART_OF.csv", ":START_ID(Hospital),:END_ID(Idn),source\nHOS-1,IDN-1,a\nHOS-1,IDN-1,b\n")),
                ImportOptions.defaults());
        assertThat(report.problems()).isEmpty();
        assertThat(runner.read("MATCH ()-[r:PART_OF]->() RETURN r.source AS s", Map.of(), r -> r.get("s").asString())).containsExactly("b");
    }

    @Test
    void typeColumnAndInvalidUtf8AndEmptyFiles() {
        ImportReport typed = importer().run(List.of(
                csv("people.csv", "id:ID(Person),name\nP-1,A\nP-2,B\n"),
                csv("rels.csv", ":START_ID(Person),:END_ID(Person),:TYPE,strength:double\nP-1,P-2,INFLUENCES,0.5\nP-2,P-1,REPORTS_TO,\n")),
                ImportOptions.defaults());
        assertThat(typed.problems()).isEmpty();
        assertThat(relationships()).isEqualTo(2);

        ImportReport broken = importer().run(List.of(
                CsvSource.of("Idn.csv", new byte[] {'i', 'd', ':', 'I', 'D', '(', 'I', 'd', 'n', ')', ',', 'n', 'a', 'm', 'e', '\n',
                        'X', ',', (byte) 0xC3, (byte) 0x28, '\n'}),
                csv("Aco.csv", "")), ImportOptions.defaults());
        assertThat(broken.problems()).extracting(ImportProblem::reason)
                .contains("the file is not valid UTF-8", "the file is empty; it needs a header row");
    }

    @Test
    void hostileStringsAreStoredAsDataNotRunAsCypher() {
        String evil = "x' }) MATCH (n) DETACH DELETE n //";
        ImportReport report = importer().run(List.of(csv("Idn.csv", "id:ID(Idn),name\n\"IDN-E\",\"" + evil + "\"\n")),
                ImportOptions.defaults());
        assertThat(report.problems()).isEmpty();
        assertThat(runner.read("MATCH (i:Idn {id: 'IDN-E'}) RETURN i.name AS n", Map.of(), r -> r.get("n").asString())).containsExactly(evil);
        List<String> huge = new ArrayList<>();
        huge.add("id:ID(Idn),name");
        huge.add("IDN-H," + "a".repeat(5_000));
        ImportReport tooLong = importer().run(List.of(csv("Idn.csv", String.join("\n", huge))), ImportOptions.defaults());
        assertThat(tooLong.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("at most 4000"));
    }
}
