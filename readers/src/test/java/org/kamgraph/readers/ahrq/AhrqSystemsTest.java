package org.kamgraph.readers.ahrq;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kamgraph.model.NodeKind;
import org.kamgraph.readers.PublishedFile;
import org.kamgraph.readers.RecordingEmit;
import org.kamgraph.readers.RecordingEmit.Node;
import org.kamgraph.readers.RecordingEmit.Reject;
import org.kamgraph.readers.Region;
import org.kamgraph.readers.SourceFormats;
import org.kamgraph.readers.TestIdentities;

class AhrqSystemsTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final Region SD = new Region(Set.of("SD"));
    private final AhrqSystems format = new AhrqSystems();

    static Path fixture(String name) {
        try {
            return Path.of(AhrqSystemsTest.class.getResource("/published/ahrq/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every emitted row passes the model's validation (as the importer will check it), with its id. */
    static void assertModelValid(org.kamgraph.readers.RecordingEmit out) {
        for (org.kamgraph.readers.RecordingEmit.Node n : out.nodes) {
            java.util.Map<String, Object> p = new java.util.LinkedHashMap<>(n.props());
            p.put("id", n.id());
            org.assertj.core.api.Assertions.assertThat(org.kamgraph.model.Validator.validateNode(n.kind(), p))
                    .as("%s %s", n.kind(), n.id()).isEmpty();
        }
        for (org.kamgraph.readers.RecordingEmit.Rel r : out.relationships) {
            org.assertj.core.api.Assertions.assertThat(
                    org.kamgraph.model.Validator.validateRelationship(r.type(), r.from(), r.to(), r.props()))
                    .as("%s %s->%s", r.type(), r.start(), r.end()).isEmpty();
        }
    }

    private RecordingEmit read(String file, Region region) {
        return RecordingEmit.translate(format, fixture(file), new TestIdentities().context(file, AS_OF, region));
    }

    static Map<String, Object> idn(String name, String city, String state, String id, Long hospitals) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("city", city);
        p.put("region", state);
        p.put("country", "US");
        p.put("healthSystemId", id);
        if (hospitals != null) {
            p.put("hospitalCount", hospitals);
        }
        return p;
    }

    @Test
    void eachSystemBecomesAnIdn() {
        RecordingEmit out = read("chsp-compendium-2023.csv", SD);
        assertModelValid(out);
        assertThat(out.nodes).containsExactly(
                new Node(2, NodeKind.IDN, "AHRQ-HSI00000562", idn("Sanford Health", "Sioux Falls", "SD", "HSI00000562", 1L)),
                new Node(3, NodeKind.IDN, "AHRQ-HSI00000047", idn("Avera Health", "Sioux Falls", "SD", "HSI00000047", 1L)));
        assertThat(out.rejects).isEmpty();
        assertThat(out.outsideRegion).isZero();
    }

    @Test
    void rowsWithoutANameOrWithABadCountAreRejected() {
        RecordingEmit out = read("chsp-compendium-edge-cases-2023.csv", Region.ALL);
        assertThat(out.rejects).containsExactly(
                new Reject(3, "health_sys_name", "no health_sys_name"),
                new Reject(4, "hosp_cnt", "not a whole number"));
        assertThat(out.nodes).extracting(Node::id).containsExactly("AHRQ-HSI00000311", "AHRQ-HSI00000402");
        assertThat(out.nodes.get(1).props()).containsEntry("name", "Regional Health, Inc.").containsEntry("hospitalCount", 5L);
    }

    @Test
    void theRegionFilterGoesByTheHomeOfficeState() {
        RecordingEmit out = read("chsp-compendium-edge-cases-2023.csv", SD);
        assertThat(out.outsideRegion).isEqualTo(1);
        assertThat(out.nodes).extracting(Node::id).containsExactly("AHRQ-HSI00000402");
    }

    @Test
    void theFileIsAsOfTheEndOfItsYear() {
        assertThat(format.dateFromName("chsp-compendium-2023.csv")).contains(LocalDate.of(2023, 12, 31));
        assertThat(format.dateFromName("compendium.csv")).isEmpty();
    }

    @Test
    void detectedFromItsHeaderButNotFromTheLinkageFile() {
        List<String> header = PublishedFile.of(fixture("chsp-compendium-2023.csv")).header(format);
        assertThat(SourceFormats.detect(Set.copyOf(header))).containsInstanceOf(AhrqSystems.class);
        assertThat(SourceFormats.byName("ahrq-systems")).containsInstanceOf(AhrqSystems.class);
        List<String> linkage = PublishedFile.of(fixture("chsp-hospital-linkage-2023.csv")).header(format);
        assertThat(format.recognizes(Set.copyOf(linkage))).isFalse();
    }
}
