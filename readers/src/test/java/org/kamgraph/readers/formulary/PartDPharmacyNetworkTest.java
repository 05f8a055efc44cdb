package org.kamgraph.readers.formulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamgraph.readers.formulary.PartDFixtures.SD;
import static org.kamgraph.readers.formulary.PartDFixtures.fixture;

import java.nio.file.Path;
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

class PartDPharmacyNetworkTest {
    static final String NETWORK = "pharmacy networks file  PPUF_2025Q2 part 1.txt";
    static final String EDGE = "pharmacy networks file  PPUF_2025Q2 part 1 edge cases.txt";
    private final PartDPharmacyNetwork format = new PartDPharmacyNetwork();

    private RecordingEmit read(String file, Region region) {
        PartDFixtures ids = new PartDFixtures().payer("cms-contract:H4321", "H4321");
        return RecordingEmit.translate(format, fixture(file), ids.context(file, region));
    }

    private static Rel inNetwork(long line, String pharmacy) {
        return new Rel(line, RelKind.IN_NETWORK, NodeKind.PAYER, "CMS-H4321", NodeKind.PHARMACY, pharmacy, Map.of());
    }

    @Test
    void eachNetworkPharmacyIsInTheContractsNetwork() {
        RecordingEmit out = read(NETWORK, SD);
        PartDFixtures.assertModelValid(out);
        assertThat(out.relationships).containsExactly(inNetwork(2, "NPI-1300000027"), inNetwork(3, "NPI-1300000035"));
        assertThat(out.rejects).isEmpty();
    }

    @Test
    void aPharmacyInSeveralPlansOfAContractIsInItsNetworkOnce() {
        RecordingEmit out = read(EDGE, Region.ALL);
        assertThat(out.relationships).containsExactly(inNetwork(2, "NPI-1300000027"));
    }

    @Test
    void unknownContractsAndPharmaciesAndOtherNpisAreRejected() {
        RecordingEmit out = read(EDGE, Region.ALL);
        assertThat(out.rejects).containsExactly(
                new Reject(4, "PHARMACY_NUMBER", "the NPI is not a pharmacy's"),
                new Reject(5, "PHARMACY_NUMBER", "pharmacy NPI not loaded (not in the NPI registry data, or outside the region)"),
                new Reject(6, "PHARMACY_NUMBER", "not an NPI"),
                new Reject(7, "CONTRACT_ID", "contract not loaded (import the plan information file first)"),
                new Reject(8, "CONTRACT_ID", "no CONTRACT_ID"));
    }

    @Test
    void underARegionFilterWhatIsNotLoadedIsOutsideTheRegion() {
        RecordingEmit out = read(EDGE, SD);
        assertThat(out.outsideRegion).isEqualTo(2);
        assertThat(out.rejects).extracting(Reject::line).containsExactly(4L, 6L, 8L);
    }

    @Test
    void detectedFromItsHeader() {
        List<String> header = PublishedFile.of(fixture(NETWORK)).header(format);
        assertThat(SourceFormats.detect(Set.copyOf(header))).containsInstanceOf(PartDPharmacyNetwork.class);
    }
}
