package org.kamgraph.cypher.ingest.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.kamgraph.model.NodeKind;
import org.kamgraph.readers.Identities.Ref;

/**
 * The run's identities at the NPI registry's size: 5.2 million clinicians and 1.8 million organizations (NPPES's
 * entity types 1 and 2), recorded and fed as a new store's first pass does; prints the maps' bytes and the heap after a
 * full GC. Run with {@code -Dkam.perf=true}, a 1 GiB heap ({@code JAVA_TOOL_OPTIONS=-Xmx1g}).
 */
@EnabledIfSystemProperty(named = "kam.perf", matches = "true")
class RunIdentitiesPerformanceTest {

    @Test
    void theNpiRegistryFitsInAFewHundredMegabytes() {
        int clinicians = Integer.getInteger("kam.perf.clinicians", 5_200_000);
        int organizations = Integer.getInteger("kam.perf.organizations", 1_800_000);
        NodeKind[] kinds = {NodeKind.CLINIC, NodeKind.PHARMACY, NodeKind.HOSPITAL};
        long t0 = System.nanoTime();
        RunIdentities ids = new RunIdentities();
        for (int i = 0; i < clinicians; i++) {
            String npi = Long.toString(1_000_000_000L + 3L * i);
            ids.record(0, NodeKind.CLINICIAN, "NPI-" + npi);
            ids.feed(NodeKind.CLINICIAN, "NPI-" + npi, Map.of("npi", npi));
        }
        for (int i = 0; i < organizations; i++) {
            String npi = Long.toString(1_000_000_001L + 3L * i);
            NodeKind kind = kinds[i % kinds.length];
            ids.record(0, kind, "NPI-" + npi);
            ids.feed(kind, "NPI-" + npi, Map.of("npi", npi));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("PERF run identities: %,d clinicians + %,d organizations in %.1f s; maps %,d MB; %s;"
                        + " heap after a full GC %,d MB of max %,d MB%n", clinicians, organizations, seconds, ids.footprint() >> 20,
                ids.all.sizes(), used >> 20, Runtime.getRuntime().maxMemory() >> 20);
        assertThat(ids.view(1).clinician("1000000003")).isEqualTo(new Ref(NodeKind.CLINICIAN, "NPI-1000000003"));
        assertThat(ids.view(1).organizationByNpi("1000000004")).isEqualTo(new Ref(NodeKind.PHARMACY, "NPI-1000000004"));
        java.lang.ref.Reference.reachabilityFence(ids);
    }
}
