package org.kamgraph.readers.hospitals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kamgraph.model.NodeKind;
import org.kamgraph.readers.PublishedFile;
import org.kamgraph.readers.RecordingEmit;
import org.kamgraph.readers.RecordingEmit.Node;
import org.kamgraph.readers.RecordingEmit.Reject;
import org.kamgraph.readers.Region;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.SourceFormats;
import org.kamgraph.readers.TestIdentities;

class HospitalFormatsTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final Region SD = new Region(Set.of("SD"));

    static Path fixture(String path) {
        try {
            return Path.of(HospitalFormatsTest.class.getResource("/published/" + path).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static RecordingEmit read(SourceFormat format, String path, TestIdentities ids, Region region) {
        Path file = fixture(path);
        return RecordingEmit.translate(format, file, ids.context(file.getFileName().toString(), AS_OF, region));
    }

    static Map<String, Object> props(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void hospitalGeneralInformationGivesHospitalsByCcn() {
        RecordingEmit out = read(HospitalGeneralInformationFormat.INSTANCE, "hospitals/Hospital_General_Information.csv",
                new TestIdentities(), Region.ALL);

        assertThat(out.nodes).containsExactly(
                new Node(2, NodeKind.HOSPITAL, "CCN-430027", props("name", "SANFORD USD MEDICAL CENTER", "ccn", "430027",
                        "city", "SIOUX FALLS", "region", "SD", "hospitalType", "Acute Care Hospitals",
                        "ownership", "Voluntary non-profit - Private")),
                new Node(3, NodeKind.HOSPITAL, "CCN-430016", props("name", "AVERA MCKENNAN HOSPITAL & UNIVERSITY HEALTH CENTER",
                        "ccn", "430016", "city", "SIOUX FALLS", "region", "SD", "hospitalType", "Acute Care Hospitals",
                        "ownership", "Voluntary non-profit - Church")),
                new Node(4, NodeKind.HOSPITAL, "CCN-430090", props("name", "SIOUX FALLS SPECIALTY HOSPITAL LLP",
                        "ccn", "430090", "city", "SIOUX FALLS", "region", "SD", "hospitalType", "Acute Care Hospitals",
                        "ownership", "Physician")));
        assertThat(out.rejects).isEmpty();
    }

    @Test
    void aHospitalKnownByCcnKeepsItsId() {
        RecordingEmit out = read(HospitalGeneralInformationFormat.INSTANCE, "hospitals/Hospital_General_Information.csv",
                new TestIdentities().withHospital("430027", "NPI-1821017880"), Region.ALL);

        assertThat(out.nodes).extracting(Node::id).containsExactly("NPI-1821017880", "CCN-430016", "CCN-430090");
    }

    @Test
    void hospitalGeneralInformationRejectsAndRegion() {
        RecordingEmit out = read(HospitalGeneralInformationFormat.INSTANCE, "hospitals/problems/Hospital_General_Information.csv",
                new TestIdentities(), SD);

        assertThat(out.rejects).containsExactly(
                new Reject(2, "Facility ID", "not a CMS certification number (6 letters or digits)"),
                new Reject(4, "Facility Name", "hospital without a name"));
        assertThat(out.outsideRegion).isEqualTo(1);
        assertThat(out.nodes).isEmpty();
    }

    @Test
    void crosswalkLinksCcnAndNpi() {
        RecordingEmit out = read(ProviderCrosswalkFormat.INSTANCE, "provider-crosswalk/hospitals.csv", new TestIdentities(), Region.ALL);

        assertThat(out.nodes).containsExactly(
                new Node(2, NodeKind.HOSPITAL, "CCN-430027", props("name", "SANFORD USD MEDICAL CENTER", "ccn", "430027",
                        "npi", "1821017880", "city", "SIOUX FALLS", "region", "SD")),
                new Node(3, NodeKind.HOSPITAL, "CCN-430016", props("name", "AVERA MCKENNAN HOSPITAL & UNIVERSITY HEALTH CENTER",
                        "ccn", "430016", "npi", "1568460772", "city", "TEA", "region", "SD")),
                new Node(4, NodeKind.HOSPITAL, "CCN-430090", props("name", "SIOUX FALLS SPECIALTY HOSPITAL LLP",
                        "ccn", "430090", "npi", "1316946809", "city", "SIOUX FALLS", "region", "SD", "beds", 35L)));
    }

    @Test
    void crosswalkRowWithoutCcnIsRejected() {
        RecordingEmit out = read(ProviderCrosswalkFormat.INSTANCE, "provider-crosswalk/hospitals.csv", new TestIdentities(), Region.ALL);

        assertThat(out.rejects).containsExactly(new Reject(5, "provider_num", "no CCN"));
    }

    @Test
    void crosswalkKeepsTheFirstRowOfACcnAndChecksNpisAndBeds() {
        RecordingEmit out = read(ProviderCrosswalkFormat.INSTANCE, "provider-crosswalk/problems/hospitals.csv", new TestIdentities(), SD);

        assertThat(out.rejects).containsExactly(
                new Reject(5, "provider_num", "CCN listed again (its first row is kept)"),
                new Reject(6, "npi", "not a valid NPI (10 digits with a Luhn check digit): the hospital is kept without it"),
                new Reject(7, "bed_count", "not a number of beds (0 to 100000): the hospital is kept without it"));
        assertThat(out.outsideRegion).isEqualTo(1);
        assertThat(out.nodes).extracting(Node::id).containsExactly("CCN-430027", "CCN-430090", "CCN-430016", "CCN-430099", "CCN-430098");
        assertThat(out.nodes.get(3).props()).doesNotContainKey("npi");
        assertThat(out.nodes.get(4).props()).doesNotContainKey("npi").doesNotContainKey("beds");
        // The first row of 430090 is the one kept (its beds).
        assertThat(out.nodes.get(1).props()).containsEntry("beds", 35L).containsEntry("city", "SIOUX FALLS");
    }

    @Test
    void crosswalkGivesAHospitalLoadedByNpiItsCcn() {
        RecordingEmit out = read(ProviderCrosswalkFormat.INSTANCE, "provider-crosswalk/hospitals.csv",
                new TestIdentities().withOrganization("1821017880", NodeKind.HOSPITAL, "NPI-1821017880")
                        .withHospital("430016", "CCN-430016"), Region.ALL);

        assertThat(out.nodes).extracting(Node::id).containsExactly("NPI-1821017880", "CCN-430016", "CCN-430090");
        assertThat(out.nodes.get(0).props()).containsEntry("ccn", "430027");
    }

    @Test
    void crosswalkThenNppesMakeOneNodePerHospital() {
        RecordingEmit crosswalk = read(ProviderCrosswalkFormat.INSTANCE, "provider-crosswalk/hospitals.csv", new TestIdentities(), SD);
        // What the importer's identities hold after the crosswalk: its hospitals by CCN and by NPI.
        TestIdentities ids = new TestIdentities();
        for (Node n : crosswalk.nodes) {
            ids.withHospital((String) n.props().get("ccn"), n.id());
            ids.withOrganization((String) n.props().get("npi"), NodeKind.HOSPITAL, n.id());
        }
        Path nppes = fixture("nppes/npidata_pfile_20050523-20250309.csv");
        RecordingEmit out = RecordingEmit.translate(org.kamgraph.readers.nppes.NppesFormat.FULL, nppes,
                ids.context(nppes.getFileName().toString(), AS_OF, SD));

        assertThat(out.nodes(NodeKind.HOSPITAL)).extracting(Node::id).containsExactly("CCN-430027", "CCN-430016", "CCN-430090");
        assertThat(out.nodes(NodeKind.HOSPITAL).get(1).props()).containsEntry("npi", "1568460772")
                .containsEntry("city", "SIOUX FALLS");
    }

    @Test
    void detectedFromTheHeader() {
        Set<String> general = new HashSet<>(PublishedFile.of(fixture("hospitals/Hospital_General_Information.csv"))
                .header(HospitalGeneralInformationFormat.INSTANCE));
        Set<String> crosswalk = new HashSet<>(PublishedFile.of(fixture("provider-crosswalk/hospitals.csv"))
                .header(ProviderCrosswalkFormat.INSTANCE));

        assertThat(SourceFormats.detect(general)).contains(HospitalGeneralInformationFormat.INSTANCE);
        assertThat(SourceFormats.detect(crosswalk)).contains(ProviderCrosswalkFormat.INSTANCE);
        // A Care Compare measure file shares the first eight columns but has no Hospital Type: not this format.
        assertThat(SourceFormats.detect(Set.of("Facility ID", "Facility Name", "Address", "City/Town", "State", "ZIP Code",
                "County/Parish", "Telephone Number", "Measure ID", "Score"))).isEmpty();
        assertThat(SourceFormats.byName("hospitals")).contains(HospitalGeneralInformationFormat.INSTANCE);
        assertThat(SourceFormats.byName("provider-crosswalk")).contains(ProviderCrosswalkFormat.INSTANCE);
    }

    @Test
    void snapshotsAndOrder() {
        assertThat(HospitalGeneralInformationFormat.INSTANCE.fullSnapshot()).isTrue();
        assertThat(ProviderCrosswalkFormat.INSTANCE.fullSnapshot()).isFalse();
        assertThat(SourceFormats.all()).extracting(SourceFormat::name)
                .containsSubsequence("hospitals", "provider-crosswalk", "nppes", "nppes-weekly");
    }
}
