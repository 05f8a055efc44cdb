package org.kamgraph.cypher.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kamgraph.cypher.support.Fixtures;
import org.kamgraph.cypher.support.GraphTarget;
import org.kamgraph.cypher.support.TestDatabases;
import org.neo4j.driver.Driver;

/**
 * Seeded, repeatable fuzzing of the importer on the embedded harness: malformed CSV (byte flips, truncations,
 * doubled delimiters, unbalanced quotes, invalid UTF-8 of a valid fixture), hostile strings (Cypher and GraphQL
 * injection, NUL, very long values), huge numbers and a 10 MB field. Every run ends in a report: either rejected
 * with problems naming file, line and reason and the store unchanged (fingerprint), or accepted with the hostile text
 * stored verbatim as data. Never an exception.
 */
class ImporterFuzzTest extends GraphTarget {
    private static final long SEED = 20261122L;
    private static final List<String> HOSTILE = List.of(
            "x'}) MATCH (n) DETACH DELETE n //",
            "x\"}) MATCH (n) DETACH DELETE n //",
            "`) DETACH DELETE n //",
            "`",
            "$x",
            "{{label}}",
            "\u0000",
            "a\u0000b",
            "\"} mutation { importCsv(files: []) { written } } #",
            "{ __schema { types { name } } }",
            "'; DROP TABLE nodes; --",
            "\\u0027) RETURN 1 //",
            "line\nbreak",
            "tab\tand\rreturn",
            "\uD83D\uDE00 emoji and \u202E right-to-left",
            "\uFEFFbom",
            "  padded  ",
            ",",
            "\"",
            "x".repeat(4_000),
            "y".repeat(4_001));
    private static final List<String> HUGE_NUMBERS = List.of("1e309", "-1e309", "99999999999999999999999",
            "-9223372036854775809", "9223372036854775807", "-0", "-0.0", "NaN", "Infinity", "-Infinity", "0x10", "1_000",
            "4.9e-325", "1e-400", "+1", " 1", "١٢٣", "0.0000000000000000000000000000001");

    private List<CsvSource> small;

    @Override
    protected Driver driver() {
        return TestDatabases.harnessDriver();
    }

    private CsvImporter importer() {
        return new CsvImporter(new EmbeddedGraphWriter(TestDatabases.harnessDatabase()));
    }

    private CsvImporter cypherImporter() {
        return new CsvImporter(new CypherGraphWriter(runner));
    }

    @BeforeEach
    void loadSmallFixture() throws IOException {
        small = new ArrayList<>();
        for (Path p : Fixtures.files(Fixtures.copy("small"))) {
            small.add(CsvSource.of(p.getFileName().toString(), Files.readAllBytes(p)));
        }
        ImportReport base = importer().run(small, ImportOptions.defaults());
        assertThat(base.problems()).isEmpty();
    }

    @Test
    void malformedCsvIsRejectedWithAClearProblemOrAcceptedNeverAnException() {
        Random random = new Random(SEED);
        int rejected = 0;
        long started = System.nanoTime();
        for (int i = 0; i < 250; i++) {
            CsvSource original = small.get(random.nextInt(small.size()));
            byte[] bytes = bytes(original);
            int mutations = 1 + random.nextInt(3);
            StringBuilder how = new StringBuilder();
            for (int m = 0; m < mutations; m++) {
                bytes = mutate(bytes, random, how);
            }
            CsvSource mutated = CsvSource.of(original.name(), bytes);
            String context = "iteration " + i + " (seed " + SEED + ") " + how + " of " + original.name() + ": "
                    + HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 400));
            if (check(() -> importer().run(List.of(mutated), ImportOptions.defaults()), original.name(), context)) {
                rejected++;
            }
        }
        assertThat(rejected).as("most mutations break something").isGreaterThan(50);
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds for 250 imports").isLessThan(60_000);
    }

    @Test
    void hostileStringsAreStoredVerbatimOrRejectedThroughEitherWriter() {
        for (CsvImporter importer : List.of(importer(), cypherImporter())) {
            int n = 0;
            for (String evil : HOSTILE) {
                n++;
                String id = "IDN-EVIL-" + n;
                // As a name: a legal text is stored as is.
                String context = "name " + printable(evil);
                boolean rejected = check(() -> importer.run(List.of(csv("Idn.csv", "id:ID(Idn),name,territory\n" + cell(id) + ","
                        + cell(evil) + "," + cell(evil) + "\n")), ImportOptions.defaults()), "Idn.csv", context);
                if (!rejected) {
                    // Stored verbatim; only a lone carriage return is read as a line feed.
                    String stored = evil.replaceAll("\r(?!\n)", "\n");
                    assertThat(runner.read("MATCH (i:Idn {id: $id}) RETURN i.name AS n, i.territory AS t", Map.of("id", id),
                            r -> List.of(r.get("n").asString(), r.get("t").asString()))).as(context).containsExactly(List.of(stored, stored));
                }
                // As an id, an endpoint, a type, a header, a kind: data or a clear problem, never Cypher.
                check(() -> importer.run(List.of(csv("Idn.csv", "id:ID(Idn),name\n" + cell(evil) + ",Evil\n")), ImportOptions.defaults()),
                        "Idn.csv", "id " + printable(evil));
                check(() -> importer.run(List.of(csv("PART_OF.csv", ":START_ID(Hospital),:END_ID(Idn)\nHOS-1," + cell(evil) + "\n")),
                        ImportOptions.defaults()), "PART_OF.csv", "endpoint " + printable(evil));
                check(() -> importer.run(List.of(csv("rels.csv", ":START_ID(Person),:END_ID(Clinician),:TYPE\nPER-1,CLN-1," + cell(evil) + "\n")),
                        ImportOptions.defaults()), "rels.csv", "type " + printable(evil));
                check(() -> importer.run(List.of(csv("Idn.csv", "id:ID(Idn),name," + cell(evil) + "\nIDN-1,Riverside Health,x\n")),
                        ImportOptions.defaults()), "Idn.csv", "header " + printable(evil));
                check(() -> importer.run(List.of(csv("Idn.csv", cell("id:ID(" + evil + ")") + ",name\nIDN-1,Riverside Health\n")),
                        ImportOptions.defaults()), "Idn.csv", "kind " + printable(evil));
                check(() -> importer.run(List.of(csv(evil + ".csv", "id,name\nIDN-1,Riverside Health\n")),
                        ImportOptions.defaults()), evil + ".csv", "file name " + printable(evil));
            }
        }
        assertThat(count("MATCH (h:Hospital) RETURN count(h)")).as("nothing was deleted").isEqualTo(3);
    }

    @Test
    void hugeAndOddNumbersAreRejectedByColumnOrStoredFinite() {
        for (String number : HUGE_NUMBERS) {
            boolean longRejected = check(() -> importer().run(List.of(csv("Hospital.csv", "id:ID(Hospital),name,beds:long\nHOS-1,Riverside General,"
                    + cell(number) + "\n")), ImportOptions.defaults()), "Hospital.csv", "beds " + number);
            if (!longRejected) {
                assertThat(runner.read("MATCH (h:Hospital {id: 'HOS-1'}) RETURN h.beds AS b", Map.of(), r -> r.get("b").asLong())).isNotEmpty();
            }
            boolean doubleRejected = check(() -> importer().run(List.of(csv("INFLUENCES.csv",
                    ":START_ID(Clinician),:END_ID(Clinician),strength:double\nCLN-1,CLN-2," + cell(number) + "\n")),
                    ImportOptions.defaults()), "INFLUENCES.csv", "strength " + number);
            if (!doubleRejected) {
                assertThat(runner.read("MATCH (:Clinician {id: 'CLN-1'})-[r:INFLUENCES]->(:Clinician {id: 'CLN-2'}) RETURN r.strength AS s",
                        Map.of(), r -> r.get("s").asDouble())).allSatisfy(s -> assertThat(s).isFinite().isBetween(-0.0, 1.0));
            }
            check(() -> importer().run(List.of(csv("PRESCRIBES.csv",
                    ":START_ID(Clinician),:END_ID(Product),amount:double,claims:long\nCLN-1,PRD-1," + cell(number) + "," + cell(number) + "\n")),
                    ImportOptions.defaults()), "PRESCRIBES.csv", "amount " + number);
        }
        for (String rejectedAlways : List.of("1e309", "NaN", "Infinity", "99999999999999999999999")) {
            ImportReport r = importer().run(List.of(csv("Hospital.csv", "id:ID(Hospital),name,beds:long\nHOS-1,Riverside General,"
                    + rejectedAlways + "\n")), ImportOptions.defaults());
            assertThat(r.problems()).as(rejectedAlways).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.column()).isEqualTo("beds");
            });
        }
    }

    @Test
    void aLoneCarriageReturnInAQuotedLastFieldKeepsItsRow() {
        // FastCSV 4.1 alone loses the row (or runs it into the next); the importer reads the CR as a line feed.
        ImportReport r = importer().run(List.of(csv("Idn.csv", "id:ID(Idn),name\nIDN-7,\"a\rb\"\nIDN-8,\"c\rd\"\n")),
                ImportOptions.defaults());
        assertThat(r.problems()).isEmpty();
        assertThat(runner.read("MATCH (i:Idn) WHERE i.id IN ['IDN-7', 'IDN-8'] RETURN i.name AS n ORDER BY i.id", Map.of(),
                x -> x.get("n").asString())).containsExactly("a\nb", "c\nd");
    }

    @Test
    void invalidUtf8IsRejectedNamingTheFile() {
        Random random = new Random(SEED + 1);
        byte[][] invalid = {{(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
        for (int i = 0; i < 60; i++) {
            CsvSource original = small.get(random.nextInt(small.size()));
            byte[] bytes = bytes(original);
            byte[] bad = invalid[random.nextInt(invalid.length)];
            int at = random.nextInt(bytes.length + 1);
            byte[] out = new byte[bytes.length + bad.length];
            System.arraycopy(bytes, 0, out, 0, at);
            System.arraycopy(bad, 0, out, at, bad.length);
            System.arraycopy(bytes, at, out, at + bad.length, bytes.length - at);
            String before = fingerprint();
            ImportReport r = importer().run(List.of(CsvSource.of(original.name(), out)), ImportOptions.defaults());
            assertThat(r.rejected()).as("iteration %d", i).isTrue();
            assertThat(r.problems()).as("iteration %d", i).anySatisfy(p -> {
                assertThat(p.file()).isEqualTo(original.name());
                assertThat(p.reason()).isEqualTo("the file is not valid UTF-8");
                assertThat(p.line()).isPositive();
            });
            assertThat(fingerprint()).isEqualTo(before);
        }
    }

    @Test
    void aTenMegabyteFieldIsRefusedQuicklyWithAClearMessage() {
        String tenMb = "z".repeat(10 * 1024 * 1024);
        List<String> files = List.of(
                "id:ID(Idn),name\nIDN-9," + tenMb + "\n",
                "id:ID(Idn),name\nIDN-9,\"" + tenMb + "\"\n",
                "id:ID(Idn),name\nIDN-9,\"" + tenMb + "\n", // the quote never closes
                "id:ID(Idn),name\nIDN-9," + "q".repeat(CsvFormat.MAX_FIELD_CHARS + 1) + "\n",
                "id:ID(Idn),name," + tenMb + "\nIDN-9,Nine,x\n",
                "id:ID(Idn),name\n" + "IDN-9,Nine,".repeat(2_000) + "\n",
                "id:ID(Idn),name\n" + ("IDN-9,\"" + "w".repeat(60_000) + "\",").repeat(20) + "\n");
        String before = fingerprint();
        for (String text : files) {
            long started = System.nanoTime();
            ImportReport r = importer().run(List.of(csv("Idn.csv", text)), ImportOptions.defaults());
            long millis = (System.nanoTime() - started) / 1_000_000;
            String shown = text.substring(0, Math.min(60, text.length()));
            assertThat(r.rejected()).as(shown).isTrue();
            assertThat(r.problems()).as(shown).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo("Idn.csv");
                assertThat(p.line()).isBetween(1L, 2L);
                assertThat(p.column()).isIn(null, "name");
                assertThat(p.reason()).containsAnyOf("longer than 65,536 characters", "more than 1,000 fields", "row is longer than",
                        "at most 4000");
            });
            assertThat(millis).as("milliseconds to refuse " + shown).isLessThan(3_000);
            assertThat(fingerprint()).isEqualTo(before);
        }
    }

    /**
     * Runs one import and checks its outcome; true when rejected. A rejection lists problems that name the file, a
     * line and a reason, and leaves the store as it was.
     */
    private boolean check(Supplier<ImportReport> run, String file, String context) {
        String before = fingerprint();
        ImportReport report;
        try {
            report = run.get();
        } catch (RuntimeException e) {
            throw new AssertionError("unexpected exception for " + context, e);
        }
        if (report.rejected()) {
            assertThat(report.written()).isFalse();
            assertThat(report.problems()).as(context).isNotEmpty().allSatisfy(p -> {
                assertThat(p.file()).isEqualTo(file);
                assertThat(p.line()).isPositive();
                assertThat(p.reason()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
            });
            assertThat(fingerprint()).as("store unchanged after " + context).isEqualTo(before);
            return true;
        }
        if (!report.written() || !report.problems().isEmpty()) {
            fail("neither rejected nor cleanly written: " + context + "\n" + report.summary());
        }
        return false;
    }

    private static byte[] mutate(byte[] b, Random random, StringBuilder how) {
        if (b.length == 0) {
            how.append("[empty]");
            return new byte[] {','};
        }
        int at = random.nextInt(b.length);
        return switch (random.nextInt(8)) {
            case 0 -> {
                how.append("[flip@").append(at).append(']');
                byte[] c = b.clone();
                c[at] = (byte) random.nextInt(256);
                yield c;
            }
            case 1 -> {
                how.append("[truncate@").append(at).append(']');
                yield java.util.Arrays.copyOf(b, at);
            }
            case 2 -> {
                how.append("[comma@").append(at).append(']');
                yield insert(b, at, new byte[] {','});
            }
            case 3 -> {
                how.append("[quote@").append(at).append(']');
                yield insert(b, at, new byte[] {'"'});
            }
            case 4 -> {
                how.append("[delete@").append(at).append(']');
                byte[] c = new byte[b.length - 1];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(b, at + 1, c, at, b.length - at - 1);
                yield c;
            }
            case 5 -> {
                how.append("[newline@").append(at).append(']');
                yield insert(b, at, new byte[] {'\n'});
            }
            case 6 -> {
                how.append("[duplicate@").append(at).append(']');
                int len = Math.min(b.length - at, 1 + random.nextInt(40));
                yield insert(b, at, java.util.Arrays.copyOfRange(b, at, at + len));
            }
            default -> {
                String evil = HOSTILE.get(random.nextInt(HOSTILE.size() - 2));
                how.append("[hostile@").append(at).append(']');
                yield insert(b, at, evil.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        byte[] c = new byte[b.length + what.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(what, 0, c, at, what.length);
        System.arraycopy(b, at, c, at + what.length, b.length - at);
        return c;
    }

    private static byte[] bytes(CsvSource s) {
        try (var in = s.open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CsvSource csv(String name, String text) {
        return CsvSource.of(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A CSV cell holding exactly {@code s}. */
    private static String cell(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static String printable(String s) {
        String t = s.length() > 40 ? s.substring(0, 40) + "...(" + s.length() + ")" : s;
        StringBuilder sb = new StringBuilder();
        t.codePoints().forEach(c -> sb.append(c < 0x20 ? String.format("\\u%04x", c) : Character.toString(c)));
        return sb.toString();
    }
}
