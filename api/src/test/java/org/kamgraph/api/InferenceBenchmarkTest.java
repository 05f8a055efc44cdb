package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.kamgraph.api.influence.InfluenceInference;
import org.kamgraph.api.influence.InfluenceInference.InferenceReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * inferInfluence on a generated market (not in the default suite):
 * {@code ./kam mvn -B -ntp -pl api -am install -Dtest=InferenceBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dkam.bench.inference=true -Dkam.bench.clinicians=100000 -Dkam.bench.referrals=5000000 -DargLine=-Xmx4g}.
 * The market: N clinicians, R referrals (each clinician refers to R/N distinct others, 11-500 shared patients, 2024),
 * every clinician prescribes 3 of 50 products (first prescribed 2022, 2023 or 2024), one in 20 was paid for speaking
 * about one of them, committees of 20 (one seat per clinician in 10). Bulk-imported into a new store at start-up;
 * then a first run (all created), a second (all unchanged). Prints and writes target/inference-benchmark.txt.
 */
@EnabledIfSystemProperty(named = "kam.bench.inference", matches = "true")
@org.springframework.test.context.TestPropertySource(properties = {"kam.test.fixture=inference-benchmark", "kam.embedded.page-cache=2g"})
class InferenceBenchmarkTest extends ServiceTest {
    static final int CLINICIANS = Integer.getInteger("kam.bench.clinicians", 10_000);
    static final long REFERRALS = Long.getLong("kam.bench.referrals", 500_000L);
    static long generateMillis;
    static Path market;

    @Autowired
    InfluenceInference inference;

    @DynamicPropertySource
    static void generatedMarket(DynamicPropertyRegistry registry) throws IOException {
        freshDataDirectory(registry, "kam-inference-bench");
        Path dir = Files.createTempDirectory("kam-inference-market");
        market = dir;
        long start = System.nanoTime();
        write(dir, CLINICIANS, REFERRALS);
        generateMillis = (System.nanoTime() - start) / 1_000_000;
        registry.add("kam.embedded.initial-import", dir::toString);
    }

    static void write(Path dir, int n, long referrals) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        int perClinician = (int) Math.max(1, referrals / n);
        int stride = Math.max(1, (n - 1) / (perClinician + 1));
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("Clinician.csv"))) {
            w.write("id:ID(Clinician),name,territory\n");
            for (int c = 0; c < n; c++) {
                w.write("C" + c + ",Clinician " + c + ",T" + (c % 50) + "\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("REFERS_TO.csv"))) {
            w.write(":START_ID(Clinician),:END_ID(Clinician),patients:long,claims:long,validFrom:date,validTo:date,source\n");
            for (int c = 0; c < n; c++) {
                int jitter = stride > 1 ? random.nextInt(stride - 1) : 0;
                for (int k = 0; k < perClinician; k++) {
                    int to = (int) ((c + 1L + (long) k * stride + jitter) % n);
                    int patients = 11 + random.nextInt(490);
                    w.write("C" + c + ",C" + to + "," + patients + "," + (patients + random.nextInt(200)) + ",2024-01-01,2024-12-31,bench\n");
                }
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("Product.csv"))) {
            w.write("id:ID(Product),name,therapeuticArea\n");
            for (int p = 0; p < 50; p++) {
                w.write("P" + p + ",PRODUCT " + p + ",Oncology\n");
            }
        }
        try (BufferedWriter rx = Files.newBufferedWriter(dir.resolve("PRESCRIBES.csv"));
             BufferedWriter paid = Files.newBufferedWriter(dir.resolve("RECEIVED_PAYMENT.csv"))) {
            rx.write(":START_ID(Clinician),:END_ID(Product),claims:long,amount:double,validFrom:date,source\n");
            paid.write(":START_ID(Clinician),:END_ID(Product),amount:double,nature,payments:long,validFrom:date,source\n");
            for (int c = 0; c < n; c++) {
                int first = random.nextInt(50);
                for (int k = 0; k < 3; k++) {
                    int p = (first + k * 7) % 50;
                    rx.write("C" + c + ",P" + p + "," + (11 + random.nextInt(100)) + "," + (1000 + random.nextInt(100_000))
                            + "," + (2022 + random.nextInt(3)) + "-01-01,bench\n");
                }
                if (c % 20 == 0) {
                    paid.write("C" + c + ",P" + first + "," + (500 + random.nextInt(10_000)) + ",speaking,"
                            + (1 + random.nextInt(5)) + ",2024-0" + (1 + random.nextInt(9)) + "-15,bench\n");
                }
            }
        }
        int committees = Math.max(1, n / 200);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("Committee.csv"))) {
            w.write("id:ID(Committee),name\n");
            for (int m = 0; m < committees; m++) {
                w.write("M" + m + ",Committee " + m + "\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("SITS_ON.csv"))) {
            w.write(":START_ID(Clinician),:END_ID(Committee),validFrom:date\n");
            for (int c = 0; c < n; c += 10) {
                w.write("C" + c + ",M" + (c / 10 % committees) + ",2022-01-01\n");
            }
        }
    }

    @Autowired
    org.kamgraph.cypher.Neo4jRunner runner;

    /** With -Dkam.bench.profile=true: the plan of the evidence statement on the first batch, with db hits and rows. */
    @Test
    @EnabledIfSystemProperty(named = "kam.bench.profile", matches = "true")
    void profileTheEvidenceStatement() {
        LocalDate asOf = LocalDate.of(2025, 6, 30);
        java.util.List<String> ids = runner.read("MATCH (n:Person) RETURN elementId(n) AS eid ORDER BY eid LIMIT 1000", java.util.Map.of(),
                r -> r.get("eid").asString());
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("ids", ids);
        p.put("asOf", asOf);
        p.put("since", asOf.minusDays(730));
        p.put("scope", null);
        p.put("kolNatures", java.util.List.of("speaking", "consulting", "education"));
        p.put("source", "inferred");
        String statement = org.kamgraph.cypher.Cypher.load("inference-evidence");
        runner.inRead(tx -> {
            var result = tx.run("PROFILE " + statement, p);
            result.list();
            var summary = result.consume();
            print(summary.profile(), "");
            return null;
        });
    }

    private static void print(org.neo4j.driver.summary.ProfiledPlan plan, String indent) {
        System.out.println(indent + plan.operatorType() + " rows=" + plan.records() + " dbHits=" + plan.dbHits() + " "
                + plan.arguments().getOrDefault("Details", org.neo4j.driver.Values.NULL));
        for (org.neo4j.driver.summary.ProfiledPlan child : plan.children()) {
            print(child, indent + "  ");
        }
    }

    @Test
    @org.junit.jupiter.api.condition.DisabledIfSystemProperty(named = "kam.bench.profile", matches = "true")
    void inferInfluenceOnAGeneratedMarket() throws IOException {
        LocalDate asOf = LocalDate.of(2025, 6, 30);
        deleteMarketFiles(); // imported into the store at start-up; large
        resetPeaks();
        InferenceReport first = inference.run(asOf, null, null);
        long firstPeak = heapPeakBytes();
        resetPeaks();
        InferenceReport second = inference.run(asOf, null, null);
        long secondPeak = heapPeakBytes();
        String text = String.format(java.util.Locale.ROOT,
                "inferInfluence benchmark: %,d clinicians, %,d referrals (files written in %,d ms), max heap %,d MiB%n"
                        + "first run:  %s  peak heap %,d MiB, %,.0f pairs/s%n"
                        + "second run: %s  peak heap %,d MiB, %,.0f pairs/s%n",
                CLINICIANS, REFERRALS, generateMillis, Runtime.getRuntime().maxMemory() >> 20,
                first.summary().strip(), firstPeak >> 20, first.pairsConsidered() * 1000.0 / Math.max(1, first.elapsedMillis()),
                second.summary().strip(), secondPeak >> 20, second.pairsConsidered() * 1000.0 / Math.max(1, second.elapsedMillis()));
        System.out.print(text);
        Files.writeString(Path.of("target/inference-benchmark.txt"), text);
        assertThat(second.created() + second.updated() + second.ended()).isZero();
        assertThat(second.unchanged()).isEqualTo(first.created());
    }

    private static void deleteMarketFiles() throws IOException {
        try (var files = Files.list(market)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(market);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long heapPeakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
