package org.kamgraph.readers.nppes;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.Emit;
import org.kamgraph.readers.Region;
import org.kamgraph.readers.SourceRow;
import org.kamgraph.readers.TestIdentities;
import org.kamgraph.readers.Translator;

/**
 * The parent-organization lookup at the full NPPES file's size: 1.56 million organizations, a quarter of them subparts
 * whose parent is another organization of the file (given after them), through the translator alone (no file, no
 * importer). Prints the heap the lookup holds before finish() and the rate. {@code -Dkam.perf=true} to run.
 */
@EnabledIfSystemProperty(named = "kam.perf", matches = "true")
class NppesParentMemoryTest {
    static final int ORGANIZATIONS = 1_560_000;

    /** A row of the fields the translator reads. */
    record Row(long line, Map<String, String> fields) implements SourceRow {
        public String get(String column) {
            return fields.get(column);
        }

        public boolean has(String column) {
            return true;
        }
    }

    static String npi(int i) {
        // 9 digits, then the Luhn check digit over the 80840 prefix
        String base = String.format("1%08d", i);
        String s = "80840" + base;
        int sum = 0;
        for (int k = 0; k < s.length(); k++) {
            int d = s.charAt(s.length() - 1 - k) - '0';
            if (k % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return base + (10 - sum % 10) % 10;
    }

    static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void theLookupOfAllOrganizationsStaysBounded() {
        Translator t = NppesFormat.FULL.translator(new TestIdentities().context("npidata_pfile_20050523-20250309.csv",
                LocalDate.of(2025, 3, 9), Region.ALL));
        long[] counts = new long[3];
        Emit out = new Emit() {
            public void node(NodeKind kind, String id, Map<String, Object> props) {
                counts[0]++;
            }

            public void relationship(RelKind type, NodeKind from, String start, NodeKind to, String end, Map<String, Object> props) {
                counts[1]++;
            }

            public void reject(String column, String reason) {
                counts[2]++;
            }

            public void outsideRegion() {
            }
        };
        long before = usedAfterGc();
        long started = System.nanoTime();
        Map<String, String> f = new HashMap<>();
        for (int i = 0; i < ORGANIZATIONS; i++) {
            f.clear();
            f.put(NppesFormat.NPI, npi(i));
            f.put(NppesFormat.ENTITY_TYPE, "2");
            f.put(NppesFormat.PRACTICE_STATE, "SD");
            boolean subpart = i % 4 == 0;
            // subparts are clinics of the hospital four rows later
            f.put(NppesFormat.taxonomyCode(1), subpart ? "261QX0200X" : "282N00000X");
            f.put(NppesFormat.primarySwitch(1), "Y");
            f.put(NppesFormat.ORGANIZATION_NAME, (subpart ? "CLINIC " : "HOSPITAL ") + i);
            if (subpart) {
                f.put(NppesFormat.PARENT_ORGANIZATION, "HOSPITAL " + (i + 1));
            }
            t.row(new Row(i + 2, f), out);
        }
        long held = usedAfterGc() - before;
        t.finish(out);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("NPPES parent lookup: %,d organizations (%,d subparts), %,d PART_OF, %,d rejects; heap held before "
                + "finish %,d MiB; %.1f s (%,.0f rows/s)%n", ORGANIZATIONS, ORGANIZATIONS / 4, counts[1], counts[2],
                held >> 20, seconds, ORGANIZATIONS / seconds);
        assertThat(counts[1]).isEqualTo(ORGANIZATIONS / 4);
        assertThat(held).isLessThan(200L << 20);
    }
}
