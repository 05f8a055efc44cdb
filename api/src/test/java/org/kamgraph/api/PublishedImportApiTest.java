package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamgraph.api.Http.at;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamgraph.api.cli.ImportCommand;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.SourceFormats;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The ways into the published-format import: GraphQL importFormats, the upload's parameters, the command's usage. */
class PublishedImportApiTest extends ServiceTest {
    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) throws IOException {
        ServiceTest.freshDataDirectory(registry, "kam-published-test");
    }

    @Test
    void importFormatsListsEveryFormatInImportOrderForAnySignedInUser() {
        Map<String, Object> r = http.graphql("{ importFormats { name description dictionary requiredColumns shapes fullSnapshot order } }");

        List<Map<String, Object>> formats = at(r, "data.importFormats");
        assertThat(formats).extracting(f -> f.get("name")).containsExactlyElementsOf(SourceFormats.all().stream().map(SourceFormat::name).toList());
        for (int i = 0; i < formats.size(); i++) {
            SourceFormat f = SourceFormats.all().get(i);
            assertThat(formats.get(i)).containsEntry("requiredColumns", f.requiredColumns()).containsEntry("dictionary", f.dictionary());
        }
        assertThat(http.as(null).graphql("{ importFormats { name } }").get("errors")).isNotNull();
    }

    @Test
    void anUploadWithAnUnknownFormatOrBadStatesIsABadRequestWrittenNowhere() throws IOException {
        Path f = Files.writeString(Files.createTempDirectory("kam-up").resolve("x.csv"), "a,b\n1,2\n");

        Http.Response unknown = http.upload("/api/import?format=nope", List.of(f));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("unknown format 'nope'; formats: auto");

        Http.Response states = http.upload("/api/import?format=auto&states=SD,North", List.of(f));
        assertThat(states.status()).isEqualTo(400);
        assertThat(states.body()).contains("two-letter state codes", "'North'");

        Http.Response asOf = http.upload("/api/import?format=auto&asOf=30.06.2025", List.of(f));
        assertThat(asOf.status()).isEqualTo(400);
        assertThat(asOf.body()).contains("YYYY-MM-DD");
    }

    @Test
    void anUploadNoFormatRecognizesIsRefusedNamingTheFile() throws IOException {
        Path f = Files.writeString(Files.createTempDirectory("kam-up").resolve("mystery.csv"), "a,b\n1,2\n");

        Http.Response r = http.upload("/api/import?format=auto&states=SD", List.of(f));

        assertThat(r.status()).isEqualTo(400);
        assertThat(at(r.json(), "refused").toString()).isEqualTo("true");
        assertThat(r.body()).contains("mystery.csv:1: no format recognizes this file's header");
        assertThat(http.as(null).upload("/api/import?format=auto", List.of(f)).status()).isEqualTo(401);
    }

    @Test
    void theCommandRefusesAnUnknownFormatAndBadStatesBeforeStarting() throws IOException {
        Path f = Files.writeString(Files.createTempDirectory("kam-cmd").resolve("x.csv"), "a,b\n1,2\n");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(ImportCommand.run(KamGraphApplication.class, new String[] {"--format=nope", f.toString()})).isEqualTo(2);
            assertThat(ImportCommand.run(KamGraphApplication.class, new String[] {"--format=auto", "--states=SD,1X", f.toString()})).isEqualTo(2);
            assertThat(ImportCommand.run(KamGraphApplication.class, new String[] {"--format=auto", "--as-of=June", f.toString()})).isEqualTo(2);
            assertThat(ImportCommand.run(KamGraphApplication.class, new String[] {"--format=auto", f.resolveSibling("none.csv").toString()})).isEqualTo(2);
        } finally {
            System.setErr(err);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("import: unknown format 'nope'; formats: auto", "import: --states: needs two-letter state codes",
                "'1X'", "import: --as-of: needs a day as YYYY-MM-DD, got 'June'", "No such file or directory");
    }

    static final Path AHRQ = Path.of("..", "readers", "src", "test", "resources", "published", "ahrq");

    @Test
    void anUploadOfPublishedFilesIsImportedFileByFileWithItsReport() throws IOException {
        Http.Response r = http.upload("/api/import?format=auto&states=SD&asOf=2025-06-30",
                List.of(AHRQ.resolve("chsp-hospital-linkage-2023.csv"), AHRQ.resolve("chsp-compendium-2023.csv")));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Map<String, Object> report = r.json();
        assertThat(at(report, "files.0.format").toString()).isEqualTo("ahrq-systems");
        assertThat(at(report, "files.1.format").toString()).isEqualTo("ahrq-hospital-linkage");
        assertThat(at(report, "files.1.written.PART_OF Hospital->Idn").toString()).isEqualTo("2");
        assertThat(at(report, "files.1.rejectedRows.0.reason").toString()).isEqualTo("hospital in no health system (health_sys_id empty)");
        assertThat(at(report, "files.1.rejectFile").toString()).endsWith("chsp-hospital-linkage-2023.csv.rejects.csv");
        Map<String, Object> q = http.graphql("{ node(kind: Hospital, id: \"CCN-430027\") { name } }");
        assertThat(at(q, "data.node.name").toString()).isEqualTo("SANFORD USD MEDICAL CENTER");

        // The upload's status, once it has ended: both files done, the last file's rows, when it finished.
        Map<String, Object> s = http.graphql("{ importStatus { running file files filesDone rowsRead finishedAt } }");
        assertThat(at(s, "data.importStatus.running").toString()).isEqualTo("false");
        assertThat(at(s, "data.importStatus.files").toString()).isEqualTo("2");
        assertThat(at(s, "data.importStatus.filesDone").toString()).isEqualTo("2");
        assertThat(at(s, "data.importStatus.file").toString()).isEqualTo("chsp-hospital-linkage-2023.csv");
        assertThat(at(s, "data.importStatus.finishedAt").toString()).isNotBlank();
    }

    @Test
    void theCommandImportsPublishedFilesIntoANewStore() throws IOException {
        Path data = Files.createTempDirectory("kam-published-cmd");
        Path rejects = data.resolve("rejects");

        int rc = ImportCommand.run(KamGraphApplication.class, new String[] {"--format=auto", "--states=SD", "--as-of=2025-06-30",
                "--rejects=" + rejects, AHRQ.resolve("chsp-compendium-2023.csv").toString(),
                AHRQ.resolve("chsp-hospital-linkage-2023.csv").toString(), "--kam.embedded.data-dir=" + data,
                "--kam.embedded.page-cache=64m"});

        assertThat(rc).isZero();
        assertThat(rejects.resolve("chsp-hospital-linkage-2023.csv.rejects.csv")).content()
                .startsWith("line,column,reason").contains("hospital in no health system");
        // Built by Neo4j's offline importer from both files at once; the systems the linkage file names again upserted.
        org.neo4j.dbms.api.DatabaseManagementService dbms = new org.neo4j.dbms.api.DatabaseManagementServiceBuilder(data)
                .setConfig(org.neo4j.configuration.GraphDatabaseSettings.pagecache_memory, org.neo4j.io.ByteUnit.mebiBytes(64)).build();
        try (var tx = dbms.database("neo4j").beginTx()) {
            assertThat(tx.execute("MATCH (i:Idn) RETURN count(i) AS c").next().get("c")).isEqualTo(2L);
            assertThat(tx.execute("MATCH (:Hospital)-[p:PART_OF]->(:Idn) RETURN count(p) AS c").next().get("c")).isEqualTo(2L);
        } finally {
            dbms.shutdown();
        }
    }
}
