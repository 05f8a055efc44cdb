package org.kamgraph.cypher.ingest.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamgraph.cypher.GraphVersion;
import org.kamgraph.cypher.ingest.CypherGraphWriter;
import org.kamgraph.cypher.support.GraphTarget;
import org.kamgraph.cypher.support.TestDatabases;
import org.neo4j.driver.Driver;

/**
 * What a full snapshot ended is open again when its source holds it again, written through Cypher (the writer used
 * over Bolt): nodes-upsert.cypher and relationships-upsert.cypher, as EmbeddedGraphWriter does in-process.
 */
class SnapshotReopenOverCypherTest extends GraphTarget {
    @TempDir
    Path dir;
    PublishedImport importer;

    @Override
    protected Driver driver() {
        return TestDatabases.harnessDriver();
    }

    @BeforeEach
    void importer() {
        importer = new PublishedImport(new CypherGraphWriter(runner), runner, new GraphVersion(), ToyFormats.all());
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private PublishedOptions options() {
        return PublishedOptions.of("auto").withAsOf(PublishedImportOnHarnessTest.AS_OF).withRejectsDir(dir.resolve("rejects"));
    }

    private String olson(String property) {
        List<String> v = runner.read("MATCH (n:Clinician {id: 'NPI-1100000029'}) RETURN toString(n[$p]) AS v", Map.of("p", property),
                r -> r.get("v").isNull() ? null : r.get("v").asString());
        return v.isEmpty() ? null : v.getFirst();
    }

    @Test
    void aNodeAndARelationshipAFullSnapshotEndedAreOpenAgainWhenALaterFileHoldsThem() throws IOException {
        importer.run(List.of(file("hospitals.csv", PublishedImportOnHarnessTest.HOSPITALS),
                file("staff_20250131.csv", PublishedImportOnHarnessTest.STAFF)), options());
        importer.run(List.of(file("staff_20250228.csv", PublishedImportOnHarnessTest.STAFF_WITHOUT_OLSON)), options());
        assertThat(olson("validTo")).isEqualTo("2025-02-27");
        assertThat(olson("endedBy")).isEqualTo("toy-staff");

        importer.run(List.of(file("staff_20250331.csv", PublishedImportOnHarnessTest.STAFF)), options());

        assertThat(olson("validTo")).isNull();
        assertThat(olson("endedBy")).isNull();
        assertThat(count("MATCH (:Clinician {id: 'NPI-1100000029'})-[r:WORKS_AT]->() WHERE r.validTo IS NULL AND r.endedBy IS NULL "
                + "RETURN count(r)")).isEqualTo(1);
    }

    @Test
    void aGeneralAndAResearchPaymentOfOneDayAreTwoRelationshipsThroughCypherToo() throws IOException {
        runner.write("CREATE (:Product {id: 'PRD-IBR', name: 'IBRANCE', genericName: 'palbociclib', therapeuticArea: 'Oncology'})",
                Map.of());
        Path fixtures = PublishedFormatsOnHarnessTest.FIXTURES;
        String research = "OP_DTL_RSRCH_PGYR2024_P06302025_06162025.csv";
        Path sameDay = Files.writeString(Files.createDirectories(dir.resolve("in")).resolve(research),
                Files.readString(fixtures.resolve(research)).replace("07/15/2024", "05/01/2024"));
        importer = new PublishedImport(new CypherGraphWriter(runner), runner, new GraphVersion());
        List<Path> files = List.of(fixtures.resolve("nppes/npidata_pfile_20050523-20250309.csv"),
                fixtures.resolve("OP_DTL_GNRL_PGYR2024_P06302025_06162025.csv"), sameDay);

        importer.run(files, options());
        importer.run(files, options());

        assertThat(runner.read("MATCH (:Clinician {id: 'NPI-1100000029'})-[r:RECEIVED_PAYMENT]->(:Product {id: 'PRD-IBR'}) "
                + "WHERE r.validFrom = date('2024-05-01') RETURN r.nature AS n ORDER BY n", Map.of(), r -> r.get("n").asString()))
                .containsExactly("consulting", "research");
    }
}
