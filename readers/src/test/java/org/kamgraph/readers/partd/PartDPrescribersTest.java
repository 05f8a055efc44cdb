package org.kamgraph.readers.partd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.PublishedFile;
import org.kamgraph.readers.RecordingEmit;
import org.kamgraph.readers.RecordingEmit.Rel;
import org.kamgraph.readers.RecordingEmit.Reject;
import org.kamgraph.readers.Region;
import org.kamgraph.readers.SourceFormats;
import org.kamgraph.readers.TestIdentities;
import org.kamgraph.readers.claims.TinyMarket;

class PartDPrescribersTest {
    static final String FILE = "MUP_DPR_RY26_P04_V10_DY24_NPIBN.csv";
    static final String EDGE = "claims-edge/MUP_DPR_RY26_P04_V10_DY24_NPIBN_edge.csv";
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    static final LocalDate TO = LocalDate.of(2024, 12, 31);

    final PartDPrescribers format = new PartDPrescribers();

    static Path published(String name) {
        return TinyMarket.published(name);
    }

    static TestIdentities market() {
        return TinyMarket.identities();
    }

    RecordingEmit read(String name, TestIdentities ids, Region region) {
        return RecordingEmit.translate(format, published(name), ids.context(Path.of(name).getFileName().toString(), AS_OF,
                region));
    }

    static Map<String, Object> props(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static Rel prescribes(long line, String npi, String product, Map<String, Object> props) {
        return new Rel(line, RelKind.PRESCRIBES, NodeKind.CLINICIAN, "NPI-" + npi, NodeKind.PRODUCT, product, props);
    }

    @Test
    void tinyMarketBecomesPrescribingForTheDataYear() {
        RecordingEmit out = read(FILE, market(), new Region(Set.of("SD")));

        assertThat(out.relationships).containsExactly(
                prescribes(2, "1100000011", "PRD-VRZ", props("amount", 1850000.0, "currency", "USD", "claims", 120L,
                        "patients", 38L, "validFrom", FROM, "validTo", TO)),
                prescribes(3, "1100000011", "PRD-IBR", props("amount", 600000.0, "currency", "USD", "claims", 40L,
                        "patients", 13L, "validFrom", FROM, "validTo", TO)),
                prescribes(4, "1100000029", "PRD-IBR", props("amount", 1400000.0, "currency", "USD", "claims", 90L,
                        "patients", 27L, "validFrom", FROM, "validTo", TO)),
                prescribes(6, "1100000045", "PRD-VRZ", props("amount", 910000.0, "currency", "USD", "claims", 60L,
                        "patients", 19L, "validFrom", FROM, "validTo", TO)),
                prescribes(8, "1100000086", "PRD-KIS", props("amount", 180000.0, "currency", "USD", "claims", 12L,
                        "validFrom", FROM, "validTo", TO)));
        assertThat(out.rejects).containsExactly(new Reject(5, "Brnd_Name", "no product named 'Eliquis'"));
        assertThat(out.outsideRegion).isEqualTo(1);
        assertThat(out.nodes).isEmpty();
    }

    @Test
    void suppressedBeneficiaryCountStaysAbsent() {
        RecordingEmit out = read(FILE, market(), Region.ALL);

        Rel moe = out.relationships.stream().filter(r -> r.start().equals("NPI-1100000086")).findFirst().orElseThrow();
        assertThat(moe.props()).doesNotContainKey("patients").containsEntry("claims", 12L);
    }

    @Test
    void withoutRegionFilterAnUnloadedPrescriberIsRejected() {
        RecordingEmit out = read(FILE, market(), Region.ALL);

        assertThat(out.outsideRegion).isZero();
        assertThat(out.rejects).containsExactly(new Reject(5, "Brnd_Name", "no product named 'Eliquis'"),
                new Reject(7, "Prscrbr_NPI", PartDPrescribers.PRESCRIBER_NOT_LOADED));
    }

    @Test
    void dataYearComesFromTheFileName() {
        assertThat(format.dateFromName(FILE)).contains(TO);
        assertThat(format.dateFromName("MUP_DPR_RY25_P04_V10_DY23_NPIBN.csv")).contains(LocalDate.of(2023, 12, 31));
        assertThat(format.dateFromName("prescribers.csv")).isEmpty();
    }

    @Test
    void withoutAYearInTheNameTheAsOfYearIsTheDataYear() {
        RecordingEmit out = RecordingEmit.translate(format, published(FILE),
                market().context("prescribers.csv", LocalDate.of(2023, 12, 31), Region.ALL));

        assertThat(out.relationships).allSatisfy(r -> {
            assertThat(r.props()).containsEntry("validFrom", LocalDate.of(2023, 1, 1));
            assertThat(r.props()).containsEntry("validTo", LocalDate.of(2023, 12, 31));
        });
    }

    @Test
    void badRowsAreRejectedNamingTheColumn() {
        TestIdentities ids = market().withProduct("PRD-X1", "X ONE", "cdk inhibitor").withProduct("PRD-X2", "X TWO",
                "cdk inhibitor");
        RecordingEmit out = read(EDGE, ids, Region.ALL);

        assertThat(out.rejects).containsExactly(
                new Reject(4, "Prscrbr_NPI", "not a valid NPI (10 digits with a valid check digit)"),
                new Reject(5, "Tot_Drug_Cst", "not an amount in US dollars"),
                new Reject(6, "Tot_Clms", "not a count"),
                new Reject(7, "Brnd_Name", "drug 'Cdk Combo' (Cdk Inhibitor) matches several products"),
                new Reject(9, "Prscrbr_NPI", PartDPrescribers.PRESCRIBER_NOT_LOADED),
                new Reject(10, "Prscrbr_NPI", "no prescriber NPI"),
                new Reject(11, "Brnd_Name", "no drug name"));
    }

    @Test
    void rowsOfOnePrescriberMatchingOneProductAreSummed() {
        RecordingEmit out = read(EDGE, market(), Region.ALL);

        // Verzenio (brand) and Abemaciclib (a generic row, matched by generic name) are one product: amounts and
        // claims add up, at the first row's line; distinct beneficiaries across rows are unknown.
        assertThat(out.relationships).containsExactly(
                prescribes(2, "1100000011", "PRD-VRZ", props("amount", 1851500.5, "currency", "USD", "claims", 131L,
                        "validFrom", FROM, "validTo", TO)),
                prescribes(8, "1100000052", "PRD-KIS", props("amount", 160000.0, "currency", "USD", "claims", 11L,
                        "patients", 11L, "validFrom", FROM, "validTo", TO)));
    }

    @Test
    void detectedByItsHeader() {
        List<String> header = PublishedFile.of(published(FILE)).header(format);
        assertThat(SourceFormats.detect(Set.copyOf(header))).containsSame(
                SourceFormats.byName("partd-prescribers").orElseThrow());
        assertThat(PublishedFile.missing(header, format.requiredColumns())).isEmpty();
    }

    @Test
    void underATerritoryAPrescriberNotLoadedInAStateItCoversInPartIsOutsideTheRegion() {
        Region east = org.kamgraph.readers.Territories.read(TinyMarket.published("territories.csv"))
                .region(List.of("SD-East"));
        TestIdentities withoutMoe = new TestIdentities();
        for (String npi : List.of("1100000011", "1100000029", "1100000037", "1100000045")) {
            withoutMoe.withClinician(npi);
        }
        withoutMoe.withProduct("PRD-VRZ", "VERZENIO", "abemaciclib").withProduct("PRD-IBR", "IBRANCE", "palbociclib")
                .withProduct("PRD-KIS", "KISQALI", "ribociclib");

        RecordingEmit inTerritory = read(FILE, withoutMoe, east);
        RecordingEmit inState = read(FILE, withoutMoe, new Region(Set.of("SD")));

        // Moe (SD, not loaded): the file has no ZIP, so under SD-East he may be west of it: outside, not a reject
        assertThat(inTerritory.outsideRegion).isEqualTo(2); // Berg (ND) and Moe
        assertThat(inTerritory.rejects).extracting(Reject::reason).doesNotContain(PartDPrescribers.PRESCRIBER_NOT_LOADED);
        assertThat(inState.outsideRegion).isEqualTo(1);
        assertThat(inState.rejects).extracting(Reject::reason).contains(PartDPrescribers.PRESCRIBER_NOT_LOADED);
    }
}
