package org.kamgraph.readers.formulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamgraph.readers.formulary.PartDFixtures.SD;
import static org.kamgraph.readers.formulary.PartDFixtures.fixture;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamgraph.model.NodeKind;
import org.kamgraph.readers.PublishedFile;
import org.kamgraph.readers.RecordingEmit;
import org.kamgraph.readers.RecordingEmit.Node;
import org.kamgraph.readers.RecordingEmit.Reject;
import org.kamgraph.readers.Region;
import org.kamgraph.readers.SourceFormats;

class PartDPlansTest {
    static final String PLANS = "plan information  PPUF_2025Q2.txt";
    static final String EDGE = "plan information  PPUF_2025Q2 edge cases.txt";
    private final PartDPlans format = new PartDPlans();

    private RecordingEmit read(Path file, Region region) {
        return RecordingEmit.translate(format, file, new PartDFixtures().context(file.getFileName().toString(), region));
    }

    static Map<String, Object> payer(String name, String region, String aliases) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("payerType", "medicare");
        if (region != null) {
            p.put("region", region);
        }
        p.put("country", "US");
        p.put("aliases", aliases);
        return p;
    }

    /** Writes {@code file} into a zip named as CMS names it, with another entry beside it. */
    static Path zipped(Path dir, String zipName, Path file) throws IOException {
        Path zip = dir.resolve(zipName);
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os)) {
            z.putNextEntry(new ZipEntry("AGREEMENT-FOR-USE.txt"));
            z.write("terms".getBytes());
            z.putNextEntry(new ZipEntry(file.getFileName().toString()));
            z.write(Files.readAllBytes(file));
        }
        return zip;
    }

    @Test
    void eachContractBecomesAMedicarePayerWithItsFormularyAlias() {
        RecordingEmit out = read(fixture(PLANS), SD);
        assertThat(out.nodes).containsExactly(new Node(0, NodeKind.PAYER, "CMS-H4321", payer(
                "SANFORD HEALTH PLAN MEDICARE ADVANTAGE", "SD", "cms-contract:H4321;cms-formulary:00025123")));
        assertThat(out.rejects).isEmpty();
    }

    @Test
    void aContractGathersTheFormulariesOfAllItsPlansAndAPdpNamesNoSingleState() {
        RecordingEmit out = read(fixture(EDGE), Region.ALL);
        PartDFixtures.assertModelValid(out);
        assertThat(out.nodes).containsExactly(
                new Node(0, NodeKind.PAYER, "CMS-H4321", payer("SANFORD HEALTH PLAN MEDICARE ADVANTAGE", "SD",
                        "cms-contract:H4321;cms-formulary:00025124")),
                new Node(0, NodeKind.PAYER, "CMS-H5555", payer("AVERA HEALTH PLANS, INC.", "SD",
                        "cms-contract:H5555;cms-formulary:00025123")),
                new Node(0, NodeKind.PAYER, "CMS-H9999", payer("DAKOTA CARE ND", "ND",
                        "cms-contract:H9999;cms-formulary:00025200")),
                new Node(0, NodeKind.PAYER, "CMS-S5601", payer("SILVERSCRIPT INSURANCE COMPANY", null,
                        "cms-contract:S5601;cms-formulary:00025001")),
                new Node(0, NodeKind.PAYER, "CMS-S7777", payer("EMPIRE PDP OF NEW YORK", "NY",
                        "cms-contract:S7777;cms-formulary:00025300")),
                new Node(0, NodeKind.PAYER, "CMS-H7777", payer("CAF\u00c9 SANT\u00c9 MEDICARE", "SD",
                        "cms-contract:H7777;cms-formulary:00025500")));
        assertThat(out.rejects).containsExactly(new Reject(8, "CONTRACT_NAME", "no CONTRACT_NAME"));
    }

    @Test
    void theRegionFilterGoesByStateAndForAPdpByItsRegionsStates() {
        RecordingEmit out = read(fixture(EDGE), SD);
        assertThat(out.nodes).extracting(Node::id).containsExactly("CMS-H4321", "CMS-H5555", "CMS-S5601", "CMS-H7777");
        assertThat(out.outsideRegion).isEqualTo(3); // H9999 (ND), S5601 segment 001 (region 03), S7777 (region 03)
    }

    @Test
    void readFromTheZipCmsShipsAndDatedByTheQuarterInItsName(@TempDir Path dir) throws IOException {
        Path zip = zipped(dir, "plan information  PPUF_2025Q2.zip", fixture(PLANS));
        assertThat(read(zip, SD).nodes).isEqualTo(read(fixture(PLANS), SD).nodes);
        assertThat(format.dateFromName(zip.getFileName().toString())).contains(LocalDate.of(2025, 6, 30));
        assertThat(format.dateFromName("SPUF_2025_20250703.zip")).contains(LocalDate.of(2025, 7, 3));
        assertThat(format.dateFromName("plans.txt")).isEmpty();
    }

    @Test
    void detectedFromItsHeader() {
        List<String> header = PublishedFile.of(fixture(PLANS)).header(format);
        assertThat(SourceFormats.detect(Set.copyOf(header))).containsInstanceOf(PartDPlans.class);
        assertThat(SourceFormats.byName("partd-plans")).containsInstanceOf(PartDPlans.class);
    }
}
