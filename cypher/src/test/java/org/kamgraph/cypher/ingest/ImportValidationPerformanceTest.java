package org.kamgraph.cypher.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.kamgraph.cypher.ingest.GraphWriter.NodeRow;
import org.kamgraph.cypher.ingest.GraphWriter.RelRow;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/**
 * Validation of a new store at national size, with no files to read: synthetic {@link RowReader}s of 7 million NPI
 * clinicians (plus 10,000 hospitals by CCN) and 50 million REFERS_TO among them (two inputs, no repeat) through
 * {@link ImportValidation} into {@link AdminImportFiles}. Prints rows/s, the heap after a full GC with the validation's
 * structures still held, and the heap pools' peaks. Run it with a 1 GiB heap:
 * <pre>
 * ./kam mvn -B -ntp -q -pl cypher -am install -Dtest=ImportValidationPerformanceTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dkam.perf=true -DargLine=-Xmx1g [-Dkam.perf.nodes=7000000 -Dkam.perf.relationships=50000000]
 * </pre>
 */
@EnabledIfSystemProperty(named = "kam.perf", matches = "true")
class ImportValidationPerformanceTest {
    @TempDir
    Path dir;

    @Test
    void nationalSizeValidatesIntoAdminFilesWithinTheHeap() throws Exception {
        int nodes = Integer.getInteger("kam.perf.nodes", 7_000_000);
        long rels = Long.getLong("kam.perf.relationships", 50_000_000L);
        int hospitals = 10_000;
        List<RowReader> readers = List.of(new Clinicians(nodes), new Hospitals(hospitals),
                new Referrals("shared-patients-1.csv", nodes, 0, rels / 2), new Referrals("shared-patients-2.csv", nodes, rels / 2, rels));
        long t0 = System.nanoTime();
        ImportValidation validation;
        try (AdminImportFiles files = new AdminImportFiles(dir)) {
            validation = new ImportValidation(readers, new ImportProgress() {
                long last = System.nanoTime();

                @Override
                public void validating(String file, long rows) {
                    if (rows % 5_000_000 == 0) {
                        long now = System.nanoTime();
                        System.out.printf("PERF %s: %,d rows, %,.0f rows/s in the last 5 million, heap used %,d MB%n", file, rows,
                                5_000_000 / ((now - last) / 1e9), used() >> 20);
                        last = now;
                    }
                }
            }, files);
            validation.validate();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long rows = nodes + hospitals + rels;
        System.gc();
        System.out.printf("PERF validation into neo4j-admin files: %,d rows (%,d nodes, %,d relationships) in %.1f s = %,.0f rows/s;"
                        + " %s; heap after a full GC with the structures held %,d MB of max %,d MB%n",
                rows, nodes + hospitals, rels, seconds, rows / seconds, validation.nodeIdFootprint(), used() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                System.out.printf("PERF heap pool %s: peak %,d MB%n", pool.getName(), pool.getPeakUsage().getUsed() >> 20);
            }
        }
        assertThat(validation.report(false, false, 0, 0, 0).problems()).isEmpty();
        assertThat(validation.inputs).noneMatch(i -> i.possibleDuplicates);
        assertThat(validation.inputs.stream().mapToLong(i -> i.written).sum()).isEqualTo(rows);
        java.lang.ref.Reference.reachabilityFence(validation);
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** {@code NPI-1xxxxxxxxc} for the i-th clinician, c its check digit (validation checks it). */
    static String npiId(long i) {
        String nine = Long.toString(100_000_000L + i);
        return "NPI-" + nine + org.kamgraph.model.Npi.checkDigit(nine);
    }

    private static final class Clinicians implements RowReader {
        private final int n;

        Clinicians(int n) {
            this.n = n;
        }

        public String name() {
            return "npidata.csv";
        }

        public InputShape shape(Problems problems) {
            return InputShape.nodes(NodeKind.CLINICIAN, List.of(field("name"), field("npi"), field("taxonomy"), field("practiceCity")));
        }

        private static InputShape.Field field(String name) {
            return new InputShape.Field(name, NodeKind.CLINICIAN.property(name).orElseThrow());
        }

        public void read(Problems problems, Consumer<InputRow> rows) {
            for (int i = 0; i < n; i++) {
                String id = npiId(i);
                Map<String, Object> p = new HashMap<>(8);
                p.put("id", id);
                p.put("name", "CLINICIAN " + i);
                p.put("npi", id.substring(4));
                p.put("taxonomy", "207RX0202X");
                p.put("practiceCity", "SIOUX FALLS");
                rows.accept(new InputRow.Node(i + 2L, new NodeRow(id, p), true));
            }
        }
    }

    private static final class Hospitals implements RowReader {
        private final int n;

        Hospitals(int n) {
            this.n = n;
        }

        public String name() {
            return "hospitals.csv";
        }

        public InputShape shape(Problems problems) {
            return InputShape.nodes(NodeKind.HOSPITAL, List.of(new InputShape.Field("name", NodeKind.HOSPITAL.property("name").orElseThrow())));
        }

        public void read(Problems problems, Consumer<InputRow> rows) {
            for (int i = 0; i < n; i++) {
                String id = "CCN-" + (100_000 + i);
                Map<String, Object> p = new HashMap<>(4);
                p.put("id", id);
                p.put("name", "HOSPITAL " + i);
                rows.accept(new InputRow.Node(i + 2L, new NodeRow(id, p), true));
            }
        }
    }

    /** Rows {@code from} to {@code to} of distinct pairs: row r refers from clinician r mod n to the ((r div n) + 1)-th after. */
    private static final class Referrals implements RowReader {
        private final String name;
        private final int n;
        private final long from;
        private final long to;

        Referrals(String name, int n, long from, long to) {
            this.name = name;
            this.n = n;
            this.from = from;
            this.to = to;
        }

        public String name() {
            return name;
        }

        public InputShape shape(Problems problems) {
            return InputShape.relationships(RelKind.REFERS_TO, NodeKind.CLINICIAN, "npi_1", NodeKind.CLINICIAN, "npi_2",
                    List.of(field("patients"), field("claims"), field("validFrom")));
        }

        private static InputShape.Field field(String name) {
            return new InputShape.Field(name, RelKind.REFERS_TO.property(name).orElseThrow());
        }

        public void read(Problems problems, Consumer<InputRow> rows) {
            LocalDate year = LocalDate.of(2024, 1, 1);
            for (long r = from; r < to; r++) {
                long start = (r * 7_919) % n; // spread over the clinicians
                long end = (start + 1 + r / n) % n;
                Map<String, Object> p = new HashMap<>(4);
                p.put("patients", 11 + r % 400);
                p.put("claims", 20 + r % 700);
                p.put("validFrom", year);
                rows.accept(new InputRow.Relationship(r - from + 2, RelKind.REFERS_TO, new RelRow(npiId(start), npiId(end), p), true));
            }
        }
    }
}
