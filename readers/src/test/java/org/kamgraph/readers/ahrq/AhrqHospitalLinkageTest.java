package org.kamgraph.readers.ahrq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamgraph.readers.ahrq.AhrqSystemsTest.AS_OF;
import static org.kamgraph.readers.ahrq.AhrqSystemsTest.SD;
import static org.kamgraph.readers.ahrq.AhrqSystemsTest.fixture;
import static org.kamgraph.readers.ahrq.AhrqSystemsTest.idn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.PublishedFile;
import org.kamgraph.readers.RecordingEmit;
import org.kamgraph.readers.RecordingEmit.Node;
import org.kamgraph.readers.RecordingEmit.Rel;
import org.kamgraph.readers.RecordingEmit.Reject;
import org.kamgraph.readers.Region;
import org.kamgraph.readers.SourceFormats;
import org.kamgraph.readers.TestIdentities;

class AhrqHospitalLinkageTest {
    private final AhrqHospitalLinkage format = new AhrqHospitalLinkage();

    /** The three TINY MARKET hospitals, as the hospitals and crosswalk readers load them. */
    private static TestIdentities hospitals() {
        return new TestIdentities().withHospital("430027", "CCN-430027").withHospital("430016", "CCN-430016")
                .withHospital("430090", "CCN-430090");
    }

    private RecordingEmit read(String file, Region region) {
        return RecordingEmit.translate(format, fixture(file), hospitals().context(file, AS_OF, region));
    }

    private static Rel partOf(long line, String hospital, String idn) {
        return new Rel(line, RelKind.PART_OF, NodeKind.HOSPITAL, hospital, NodeKind.IDN, idn, Map.of());
    }

    @Test
    void hospitalsKnownByCcnArePartOfTheirSystem() {
        RecordingEmit out = read("chsp-hospital-linkage-2023.csv", SD);
        assertThat(out.relationships).containsExactly(
                partOf(2, "CCN-430027", "AHRQ-HSI00000562"),
                partOf(3, "CCN-430016", "AHRQ-HSI00000047"));
        assertThat(out.nodes).containsExactly(
                new Node(2, NodeKind.IDN, "AHRQ-HSI00000562", idn("Sanford Health", "Sioux Falls", "SD", "HSI00000562", null)),
                new Node(3, NodeKind.IDN, "AHRQ-HSI00000047", idn("Avera Health", "Sioux Falls", "SD", "HSI00000047", null)));
    }

    @Test
    void aHospitalInNoSystemIsRejectedWithItsReason() {
        RecordingEmit out = read("chsp-hospital-linkage-2023.csv", SD);
        assertThat(out.rejects).containsExactly(
                new Reject(4, "health_sys_id", "hospital in no health system (health_sys_id empty)"));
    }

    @Test
    void aCcnNoSourceLoadedBecomesANewHospitalFromTheLinkageFile() {
        RecordingEmit out = read("chsp-hospital-linkage-edge-cases-2023.csv", SD);
        assertThat(out.nodes(NodeKind.HOSPITAL)).first().isEqualTo(new Node(3, NodeKind.HOSPITAL, "CCN-430014",
                Map.of("name", "AVERA ST MARY'S HOSPITAL", "city", "PIERRE", "region", "SD", "country", "US",
                        "ccn", "430014", "beds", 57L)));
        assertThat(out.relationships).contains(partOf(3, "CCN-430014", "AHRQ-HSI00000047"));
    }

    @Test
    void badCcnsAndCountsAreRejected() {
        RecordingEmit out = read("chsp-hospital-linkage-edge-cases-2023.csv", SD);
        assertThat(out.rejects).containsExactly(
                new Reject(4, "ccn", "not a CMS certification number"),
                new Reject(5, "hos_beds", "not a whole number"),
                new Reject(6, "ccn", "no CCN"));
    }

    @Test
    void theRegionFilterGoesByTheHospitalsState() {
        RecordingEmit out = read("chsp-hospital-linkage-edge-cases-2023.csv", SD);
        assertThat(out.outsideRegion).isEqualTo(2); // Fargo ND, Dothan AL
        assertThat(out.relationships).extracting(Rel::start).containsExactly("CCN-430014", "CCN-430012");
    }

    @Test
    void aCcnThatLostItsLeadingZeroInExcelIsPadded() {
        RecordingEmit out = read("chsp-hospital-linkage-edge-cases-2023.csv", Region.ALL);
        AhrqSystemsTest.assertModelValid(out);
        AhrqSystemsTest.assertModelValid(read("chsp-hospital-linkage-2023.csv", Region.ALL));
        assertThat(out.nodes(NodeKind.HOSPITAL)).extracting(Node::id).contains("CCN-010001");
        assertThat(out.relationships).contains(partOf(7, "CCN-010001", "AHRQ-HSI00000100"));
    }

    @Test
    void aSystemHeadquarteredElsewhereIsEmittedWithItsHospitalOnce() {
        RecordingEmit out = read("chsp-hospital-linkage-edge-cases-2023.csv", new Region(Set.of("ND")));
        assertThat(out.nodes).containsExactly(
                new Node(2, NodeKind.HOSPITAL, "CCN-350011", Map.of("name", "SANFORD MEDICAL CENTER FARGO", "city", "FARGO",
                        "region", "ND", "country", "US", "ccn", "350011", "beds", 583L)),
                new Node(2, NodeKind.IDN, "AHRQ-HSI00000562", idn("Sanford Health", "Sioux Falls", "SD", "HSI00000562", null)));
        RecordingEmit all = read("chsp-hospital-linkage-edge-cases-2023.csv", Region.ALL);
        assertThat(all.nodes(NodeKind.IDN)).extracting(Node::id)
                .containsExactly("AHRQ-HSI00000562", "AHRQ-HSI00000047", "AHRQ-HSI00000100");
    }

    @Test
    void namesAreReadAsWindows1252() {
        RecordingEmit out = read("chsp-hospital-linkage-edge-cases-2023.csv", SD);
        assertThat(out.nodes(NodeKind.HOSPITAL)).extracting(n -> n.props().get("name"))
                .contains("H\u00d4PITAL SAINT-\u00c9TIENNE");
    }

    @Test
    void detectedFromItsHeader() {
        List<String> header = PublishedFile.of(fixture("chsp-hospital-linkage-2023.csv")).header(format);
        assertThat(SourceFormats.detect(Set.copyOf(header))).containsInstanceOf(AhrqHospitalLinkage.class);
        assertThat(format.dateFromName("chsp-hospital-linkage-2023.csv")).contains(LocalDate.of(2023, 12, 31));
        assertThat(format.order()).isGreaterThan(new AhrqSystems().order());
    }
}
