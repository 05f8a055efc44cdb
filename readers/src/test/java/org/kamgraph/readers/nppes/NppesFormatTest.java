package org.kamgraph.readers.nppes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.PublishedFile;
import org.kamgraph.readers.PublishedFileException;
import org.kamgraph.readers.RecordingEmit;
import org.kamgraph.readers.RecordingEmit.End;
import org.kamgraph.readers.RecordingEmit.Node;
import org.kamgraph.readers.RecordingEmit.Reject;
import org.kamgraph.readers.RecordingEmit.Rel;
import org.kamgraph.readers.Region;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.SourceFormats;
import org.kamgraph.readers.TestIdentities;

class NppesFormatTest {
    static final String FULL = "npidata_pfile_20050523-20250309.csv";
    static final String WEEKLY = "npidata_pfile_20250331-20250406.csv";
    static final LocalDate AS_OF = LocalDate.of(2025, 3, 9);

    static Path fixture(String path) {
        try {
            return Path.of(NppesFormatTest.class.getResource("/published/" + path).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static RecordingEmit read(SourceFormat format, String path, TestIdentities ids, Region region) {
        Path file = fixture(path);
        return RecordingEmit.translate(format, file, ids.context(file.getFileName().toString(), AS_OF, region));
    }

    /** The tiny market's hospitals by CCN, its health system and the hospital named as a pharmacy's parent. */
    static TestIdentities market() {
        return new TestIdentities()
                .withOrganization("1821017880", NodeKind.HOSPITAL, "CCN-430027")
                .withOrganization("1568460772", NodeKind.HOSPITAL, "CCN-430016")
                .withOrganization("1316946809", NodeKind.HOSPITAL, "CCN-430090")
                .withOrganizationName("Sanford Health", NodeKind.IDN, "AHRQ-HSI00001")
                .withOrganizationName("AVERA MCKENNAN HOSPITAL & UNIVERSITY HEALTH CENTER", NodeKind.HOSPITAL, "CCN-430016");
    }

    static Map<String, Object> props(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static Node node(RecordingEmit out, String id) {
        return out.nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no node " + id));
    }

    @Test
    void clinicianFromEntityType1() {
        RecordingEmit out = read(NppesFormat.FULL, "nppes/" + FULL, market(), Region.ALL);

        assertThat(node(out, "NPI-1100000011")).isEqualTo(new Node(2, NodeKind.CLINICIAN, "NPI-1100000011", props(
                "name", "Ada Larsen, MD", "npi", "1100000011", "credential", "MD", "taxonomy", "207RX0202X",
                "specialty", "Medical Oncology", "profession", "physician", "practiceCity", "SIOUX FALLS", "region", "SD",
                "validFrom", LocalDate.of(2006, 5, 12))));
    }

    @Test
    void specialtyAndProfessionFromThePrimaryTaxonomy() {
        RecordingEmit out = read(NppesFormat.FULL, "nppes/" + FULL, market(), Region.ALL);

        assertThat(out.nodes(NodeKind.CLINICIAN)).extracting(n -> n.props().get("name"), n -> n.props().get("specialty"),
                n -> n.props().get("profession")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ada Larsen, MD", "Medical Oncology", "physician"),
                org.assertj.core.groups.Tuple.tuple("Ben Olson, MD", "Hematology/Oncology", "physician"),
                org.assertj.core.groups.Tuple.tuple("Cara Nguyen, MD", "Internal Medicine", "physician"),
                org.assertj.core.groups.Tuple.tuple("Dev Patel, MD", "Medical Oncology", "physician"),
                org.assertj.core.groups.Tuple.tuple("Erin Hoff, PharmD", "Pharmacist", "pharmacist"),
                org.assertj.core.groups.Tuple.tuple("Finn Berg, MD", "Family Medicine", "physician"),
                org.assertj.core.groups.Tuple.tuple("Greta Lund, MD", "Medical Oncology", "physician"),
                org.assertj.core.groups.Tuple.tuple("Hans Moe, DO", "Internal Medicine", "physician"));
    }

    @Test
    void organizationKindByTaxonomy() {
        RecordingEmit out = read(NppesFormat.FULL, "nppes/" + FULL, new TestIdentities(), Region.ALL);

        assertThat(node(out, "NPI-1300000019")).isEqualTo(new Node(10, NodeKind.CLINIC, "NPI-1300000019", props(
                "name", "SANFORD CLINIC ONCOLOGY", "npi", "1300000019", "taxonomy", "261QX0200X", "specialty", "Oncology",
                "city", "SIOUX FALLS", "region", "SD", "validFrom", LocalDate.of(2008, 3, 15))));
        assertThat(node(out, "NPI-1300000027")).isEqualTo(new Node(11, NodeKind.PHARMACY, "NPI-1300000027", props(
                "name", "LEWIS DRUG 5", "npi", "1300000027", "taxonomy", "3336C0003X", "pharmacyType", "retail",
                "city", "SIOUX FALLS", "region", "SD", "validFrom", LocalDate.of(2006, 5, 23))));
        assertThat(node(out, "NPI-1300000035").props()).containsEntry("pharmacyType", "specialty");
        assertThat(node(out, "NPI-1821017880")).isEqualTo(new Node(13, NodeKind.HOSPITAL, "NPI-1821017880", props(
                "name", "SANFORD USD MEDICAL CENTER", "npi", "1821017880", "taxonomy", "282N00000X",
                "city", "SIOUX FALLS", "region", "SD", "validFrom", LocalDate.of(2006, 6, 2))));
        assertThat(out.nodes).hasSize(14);
    }

    @Test
    void anOrganizationKnownByNpiKeepsItsKindAndId() {
        RecordingEmit out = read(NppesFormat.FULL, "nppes/" + FULL, market(), Region.ALL);

        // The hospital stored by CCN: no validFrom of its own from the NPI's enumeration.
        assertThat(node(out, "CCN-430027")).isEqualTo(new Node(13, NodeKind.HOSPITAL, "CCN-430027", props(
                "name", "SANFORD USD MEDICAL CENTER", "npi", "1821017880", "taxonomy", "282N00000X",
                "city", "SIOUX FALLS", "region", "SD")));
        assertThat(out.nodes(NodeKind.HOSPITAL)).extracting(Node::id).containsExactly("CCN-430027", "CCN-430016", "CCN-430090");
    }

    @Test
    void aClinicianKnownUnderAnotherIdKeepsIt() {
        TestIdentities ids = new TestIdentities().withClinician("1100000011", NodeKind.CLINICIAN, "VEEVA-001A");
        RecordingEmit out = read(NppesFormat.FULL, "nppes/" + FULL, ids, Region.ALL);

        assertThat(node(out, "VEEVA-001A").props()).containsEntry("npi", "1100000011").doesNotContainKey("validFrom");
    }

    @Test
    void anNpiOfAPersonNodeIsNotMadeAClinician() {
        TestIdentities ids = new TestIdentities().withClinician("1100000011", NodeKind.PERSON, "SF-003B");
        RecordingEmit out = read(NppesFormat.FULL, "nppes/" + FULL, ids, Region.ALL);

        assertThat(out.rejects).contains(new Reject(2, "NPI", "NPI belongs to a Person node, not a clinician: not updated"));
        assertThat(out.nodes).extracting(Node::id).doesNotContain("SF-003B", "NPI-1100000011");
    }

    @Test
    void parentOrganizationBecomesPartOfWhenKnownByName() {
        RecordingEmit out = read(NppesFormat.FULL, "nppes/" + FULL, market(), Region.ALL);

        assertThat(out.relationships).containsExactly(
                new Rel(10, RelKind.PART_OF, NodeKind.CLINIC, "NPI-1300000019", NodeKind.IDN, "AHRQ-HSI00001", Map.of()),
                new Rel(12, RelKind.PART_OF, NodeKind.PHARMACY, "NPI-1300000035", NodeKind.HOSPITAL, "CCN-430016", Map.of()));
        assertThat(out.rejects).isEmpty();
    }

    @Test
    void anUnknownParentOrganizationIsRejectedAndTheNodeKept() {
        RecordingEmit out = read(NppesFormat.FULL, "nppes/" + FULL, new TestIdentities(), Region.ALL);

        // SANFORD HEALTH is neither loaded nor an organization of the file; AVERA MCKENNAN is a later row of the file.
        assertThat(out.rejects).containsExactly(new Reject(10, "Parent Organization LBN", NppesTranslator.PARENT_NOT_LOADED));
        assertThat(out.relationships).containsExactly(
                new Rel(12, RelKind.PART_OF, NodeKind.PHARMACY, "NPI-1300000035", NodeKind.HOSPITAL, "NPI-1568460772", Map.of()));
        assertThat(out.nodes).extracting(Node::id).contains("NPI-1300000019", "NPI-1300000035");
    }

    static final String SUBPARTS = "nppes/subparts/" + FULL;

    @Test
    void aParentThatIsAnEarlierOrganizationOfTheFile() {
        RecordingEmit out = read(NppesFormat.FULL, SUBPARTS, new TestIdentities(), Region.ALL);

        // Line 2 is SANFORD USD MEDICAL CENTER; line 3 names it "Sanford USD Medical Center".
        assertThat(out.relationships).contains(
                new Rel(3, RelKind.PART_OF, NodeKind.CLINIC, "NPI-1300000019", NodeKind.HOSPITAL, "NPI-1821017880", Map.of()));
    }

    @Test
    void aParentThatIsALaterOrganizationOfTheFile() {
        RecordingEmit out = read(NppesFormat.FULL, SUBPARTS, new TestIdentities(), Region.ALL);

        // Line 4 names AVERA MCKENNAN, which is line 5.
        assertThat(out.relationships).contains(
                new Rel(4, RelKind.PART_OF, NodeKind.PHARMACY, "NPI-1300000035", NodeKind.HOSPITAL, "NPI-1568460772", Map.of()));
    }

    @Test
    void aParentOfTheFileKnownByNpiUnderAnotherIdIsLinkedByThatId() {
        TestIdentities ids = new TestIdentities().withOrganization("1568460772", NodeKind.HOSPITAL, "CCN-430016");
        RecordingEmit out = read(NppesFormat.FULL, SUBPARTS, ids, Region.ALL);

        assertThat(out.relationships).contains(
                new Rel(4, RelKind.PART_OF, NodeKind.PHARMACY, "NPI-1300000035", NodeKind.HOSPITAL, "CCN-430016", Map.of()));
    }

    @Test
    void aParentLoadedBeforeTheFileWinsOverTheFilesOwn() {
        TestIdentities ids = new TestIdentities().withOrganizationName("SANFORD USD MEDICAL CENTER", NodeKind.IDN, "AHRQ-HSI00001");
        RecordingEmit out = read(NppesFormat.FULL, SUBPARTS, ids, Region.ALL);

        assertThat(out.relationships).contains(
                new Rel(3, RelKind.PART_OF, NodeKind.CLINIC, "NPI-1300000019", NodeKind.IDN, "AHRQ-HSI00001", Map.of()))
                .noneMatch(r -> r.start().equals("NPI-1300000019") && r.end().equals("NPI-1821017880"));
    }

    @Test
    void subpartsWhoseParentTheFileCannotGiveAreRejectedWithTheirLines() {
        RecordingEmit out = read(NppesFormat.FULL, SUBPARTS, new TestIdentities(), Region.ALL);

        assertThat(out.rejects).containsExactly(
                new Reject(7, "Parent Organization LBN", "a Clinic cannot be PART_OF a Pharmacy"),
                new Reject(8, "Parent Organization LBN", NppesTranslator.PARENT_NOT_LOADED),
                new Reject(9, "Parent Organization LBN", NppesTranslator.PARENT_AMBIGUOUS),
                new Reject(11, "Parent Organization LBN", "organization names itself as its parent"));
        assertThat(out.relationships).hasSize(2);
        assertThat(out.nodes).hasSize(10); // every organization is kept
    }

    @Test
    void aParentOutsideTheRegionIsNotLinked() {
        RecordingEmit out = read(NppesFormat.FULL, SUBPARTS, new TestIdentities(), new Region(Set.of("ND")));

        assertThat(out.relationships).isEmpty();
        assertThat(out.outsideRegion).isEqualTo(10);
    }

    @Test
    void nameHashIgnoresCaseBlanksAndPunctuation() {
        assertThat(NppesTranslator.nameHash("Avera McKennan Hospital & University Health Center"))
                .isEqualTo(NppesTranslator.nameHash("AVERA MCKENNAN HOSPITAL  UNIVERSITY HEALTH CENTER"))
                .isNotEqualTo(NppesTranslator.nameHash("AVERA MCKENNAN HOSPITAL"));
    }

    @Test
    void regionFilterOnThePracticeLocationState() {
        RecordingEmit out = read(NppesFormat.FULL, "nppes/" + FULL, market(), new Region(Set.of("SD")));

        assertThat(out.outsideRegion).isEqualTo(1);
        assertThat(out.nodes).hasSize(13).extracting(Node::id).doesNotContain("NPI-1100000060");
    }

    @Test
    void territoryFilterOnThePracticeLocationZip() {
        Region east = org.kamgraph.readers.Territories.read(fixture("territories.csv")).region(List.of("SD-East"));
        RecordingEmit out = read(NppesFormat.FULL, "nppes/" + FULL, market(), east);

        // Sioux Falls (571..) in; Rapid City (577, Lund) and Fargo ND (581, Berg) out
        assertThat(out.outsideRegion).isEqualTo(2);
        assertThat(out.nodes).hasSize(12).extracting(Node::id).contains("NPI-1100000011").doesNotContain("NPI-1100000078",
                "NPI-1100000060");
    }

    @Test
    void weeklyFileEndsADeactivatedNpiByKeyAndUpdatesAChangedOne() {
        TestIdentities ids = market().withClinician("1100000078").withClinician("1100000086");
        RecordingEmit out = read(NppesFormat.WEEKLY, "nppes/" + WEEKLY, ids, Region.ALL);

        assertThat(out.ends).containsExactly(new End(2, NodeKind.CLINICIAN, "NPI-1100000078", LocalDate.of(2025, 3, 31)));
        assertThat(out.nodes).containsExactly(new Node(3, NodeKind.CLINICIAN, "NPI-1100000086", props(
                "name", "Hans Moe, DO", "npi", "1100000086", "credential", "DO", "taxonomy", "207R00000X",
                "specialty", "Internal Medicine", "profession", "physician", "practiceCity", "BRANDON", "region", "SD",
                "validFrom", LocalDate.of(2014, 7, 30))));
        assertThat(out.rejects).isEmpty();
    }

    @Test
    void aDeactivatedNpiNotLoadedIsRejected() {
        RecordingEmit out = read(NppesFormat.WEEKLY, "nppes/" + WEEKLY, new TestIdentities(), Region.ALL);

        assertThat(out.ends).isEmpty();
        assertThat(out.rejects).containsExactly(new Reject(2, "NPI", "deactivated NPI not loaded (nothing to end)"));
    }

    @Test
    void zippedFullFileReadsTheDataFileNotItsHeaderFile() {
        RecordingEmit plain = read(NppesFormat.FULL, "nppes/" + FULL, market(), Region.ALL);
        RecordingEmit zipped = read(NppesFormat.FULL, "nppes/zipped/NPPES_Data_Dissemination_March_2025_V2.zip", market(), Region.ALL);

        assertThat(zipped.nodes).isEqualTo(plain.nodes);
        assertThat(zipped.relationships).isEqualTo(plain.relationships);
    }

    @Test
    void zippedWeeklyFile() {
        RecordingEmit out = read(NppesFormat.WEEKLY, "nppes/zipped/NPPES_Data_Dissemination_033125_040625_Weekly_V2.zip",
                market().withClinician("1100000078"), Region.ALL);

        assertThat(out.ends).extracting(End::id).containsExactly("NPI-1100000078");
        assertThat(out.nodes).extracting(Node::id).containsExactly("NPI-1100000086");
    }

    @Test
    void dateFromTheFileName() {
        assertThat(NppesFormat.FULL.dateFromName(FULL)).contains(LocalDate.of(2025, 3, 9));
        assertThat(NppesFormat.WEEKLY.dateFromName(WEEKLY)).contains(LocalDate.of(2025, 4, 6));
        assertThat(NppesFormat.WEEKLY.dateFromName("NPPES_Data_Dissemination_033125_040625_Weekly_V2.zip"))
                .contains(LocalDate.of(2025, 4, 6));
        assertThat(NppesFormat.FULL.dateFromName("NPPES_Data_Dissemination_March_2025_V2.zip")).isEmpty();
        assertThat(NppesFormat.FULL.dateFromName("npi.csv")).isEqualTo(Optional.empty());
    }

    @Test
    void fullAndWeeklyAreToldApartByName() {
        assertThat(NppesFormat.FULL.fullSnapshot()).isTrue();
        assertThat(NppesFormat.WEEKLY.fullSnapshot()).isFalse();
        assertThat(NppesFormat.FULL.recognizesName(FULL)).isTrue();
        assertThat(NppesFormat.FULL.recognizesName("NPPES_Data_Dissemination_March_2025_V2.zip")).isTrue();
        assertThat(NppesFormat.FULL.recognizesName(WEEKLY)).isFalse();
        assertThat(NppesFormat.WEEKLY.recognizesName(WEEKLY)).isTrue();
        assertThat(NppesFormat.WEEKLY.recognizesName("NPPES_Data_Dissemination_033125_040625_Weekly_V2.zip")).isTrue();
        assertThat(NppesFormat.WEEKLY.recognizesName(FULL)).isFalse();
        assertThat(NppesFormat.FULL.recognizesName("npi.csv")).isTrue();
        assertThat(NppesFormat.WEEKLY.recognizesName("npi.csv")).isTrue();
    }

    @Test
    void theFullFormatRefusesAWeeklyFile() {
        Path weekly = fixture("nppes/" + WEEKLY);
        assertThatThrownBy(() -> RecordingEmit.translate(NppesFormat.FULL, weekly, market().context(WEEKLY, AS_OF, Region.ALL)))
                .isInstanceOf(PublishedFileException.class)
                .hasMessageContaining(WEEKLY).hasMessageContaining("--format=nppes-weekly");
    }

    @Test
    void detectedFromTheHeaderAndTheName() {
        Set<String> header = new HashSet<>(PublishedFile.of(fixture("nppes/" + FULL)).header(NppesFormat.FULL));

        assertThat(header).hasSize(330);
        assertThat(SourceFormats.detect(header, FULL)).contains(NppesFormat.FULL);
        assertThat(SourceFormats.detect(header, WEEKLY)).contains(NppesFormat.WEEKLY);
        assertThat(SourceFormats.detect(header, "NPPES_Data_Dissemination_March_2025_V2.zip")).contains(NppesFormat.FULL);
        // Without a name, the increment: it ends nothing by mistake.
        assertThat(SourceFormats.detect(header)).contains(NppesFormat.WEEKLY);
        assertThat(SourceFormats.byName("nppes")).contains(NppesFormat.FULL);
        assertThat(SourceFormats.byName("nppes-weekly")).contains(NppesFormat.WEEKLY);
    }

    @Test
    void rejectsWithReasons() {
        RecordingEmit out = read(NppesFormat.FULL, "nppes/problems/" + FULL, new TestIdentities(), Region.ALL);

        assertThat(out.rejects).containsExactly(
                new Reject(2, "NPI", "not a valid NPI (10 digits with a Luhn check digit)"),
                new Reject(3, "NPI Deactivation Date", "not a date as NPPES writes them (MM/DD/YYYY)"),
                new Reject(4, "NPI", "deactivated NPI not loaded (nothing to end)"),
                new Reject(5, "NPI", "deactivated NPI not loaded (nothing to end)"),
                new Reject(6, "Entity Type Code", "no entity type (1 individual, 2 organization)"),
                new Reject(9, "Healthcare Provider Taxonomy Code_1",
                        "organization taxonomy not modelled (332B00000X Durable Medical Equipment & Medical Supplies)"),
                new Reject(11, "Provider Organization Name (Legal Business Name)", "organization without a legal business name"),
                new Reject(12, "Entity Type Code", "entity type is neither 1 (individual) nor 2 (organization)"),
                // a subpart's parent is looked for among the file's organizations too: after the last row
                new Reject(10, "Parent Organization LBN", NppesTranslator.PARENT_NOT_LOADED));
        assertThat(out.nodes).extracting(Node::line).containsExactly(7L, 8L, 10L);
    }

    @Test
    void aReactivatedNpiClearsValidTo() {
        RecordingEmit out = read(NppesFormat.FULL, "nppes/problems/" + FULL, new TestIdentities(), Region.ALL);

        Map<String, Object> p = out.nodes.get(0).props();
        assertThat(p).containsEntry("validTo", null).containsEntry("validFrom", LocalDate.of(2009, 3, 3));
    }

    @Test
    void displayNameInTitleCaseWithMiddleInitialSuffixAndCredential() {
        RecordingEmit out = read(NppesFormat.FULL, "nppes/problems/" + FULL, new TestIdentities(), Region.ALL);

        assertThat(out.nodes.get(0).props()).containsEntry("name", "Mary A. O'Brien-Smith III, M.D.")
                .containsEntry("credential", "M.D.");
        assertThat(out.nodes.get(1).props()).containsEntry("name", "Pat Quinn").doesNotContainKey("credential");
    }

    @Test
    void thePrimaryTaxonomyIsTheOneSwitchedY() {
        RecordingEmit out = read(NppesFormat.FULL, "nppes/problems/" + FULL, new TestIdentities(), Region.ALL);

        assertThat(out.nodes.get(0).props()).containsEntry("taxonomy", "207RX0202X").containsEntry("specialty", "Medical Oncology");
    }

    @Test
    void anUnlistedCodeTakesItsClassificationsSpecialty() {
        RecordingEmit out = read(NppesFormat.FULL, "nppes/problems/" + FULL, new TestIdentities(), Region.ALL);

        // 207RB0002X (obesity medicine) is not in the table: Internal Medicine, its classification.
        assertThat(out.nodes.get(1).props()).containsEntry("taxonomy", "207RB0002X").containsEntry("specialty", "Internal Medicine");
        assertThat(Taxonomy.specialty("390200000X")).isNull();
    }

    @Test
    void aDeactivatedKnownNpiIsEndedWhateverTheFile() {
        RecordingEmit out = read(NppesFormat.FULL, "nppes/problems/" + FULL, new TestIdentities().withClinician("1100000078"), Region.ALL);

        assertThat(out.ends).containsExactly(new End(4, NodeKind.CLINICIAN, "NPI-1100000078", LocalDate.of(2025, 3, 31)));
    }

    @Test
    void anNpiOnANodeOfAnotherKindIsNotUpdated() {
        TestIdentities ids = new TestIdentities().withOrganization("1300000019", NodeKind.IDN, "AHRQ-HSI00001");
        RecordingEmit out = read(NppesFormat.FULL, "nppes/" + FULL, ids, Region.ALL);

        assertThat(out.rejects).contains(new Reject(10, "NPI", "NPI belongs to an Idn node: not updated"));
        assertThat(out.nodes).extracting(Node::id).doesNotContain("AHRQ-HSI00001", "NPI-1300000019");
    }

    @Test
    void taxonomyRules() {
        assertThat(Taxonomy.profession("207Q00000X")).isEqualTo("physician");
        assertThat(Taxonomy.profession("2084P0800X")).isEqualTo("physician");
        assertThat(Taxonomy.profession("204F00000X")).isEqualTo("physician");
        assertThat(Taxonomy.profession("1835P1200X")).isEqualTo("pharmacist");
        assertThat(Taxonomy.profession("163W00000X")).isEqualTo("nurse");
        assertThat(Taxonomy.profession("363LF0000X")).isEqualTo("nurse");
        assertThat(Taxonomy.profession("363A00000X")).isEqualTo("other");
        assertThat(Taxonomy.organizationKind("282N00000X")).isEqualTo(NodeKind.HOSPITAL);
        assertThat(Taxonomy.organizationKind("283Q00000X")).isEqualTo(NodeKind.HOSPITAL);
        assertThat(Taxonomy.organizationKind("3336M0002X")).isEqualTo(NodeKind.PHARMACY);
        assertThat(Taxonomy.organizationKind("193200000X")).isEqualTo(NodeKind.CLINIC);
        assertThat(Taxonomy.organizationKind("332B00000X")).isNull();
        assertThat(Taxonomy.pharmacyType("3336M0002X")).isEqualTo("mail_order");
        assertThat(Taxonomy.pharmacyType("3336I0012X")).isEqualTo("hospital");
        assertThat(Taxonomy.pharmacyType("3336C0004X")).isNull();
    }

    @Test
    void everyRowIsOfTheFormatsShapes() {
        // RecordingEmit.translate checks each emitted kind against shapes(); the list is what it says.
        assertThat(NppesFormat.FULL.shapes()).hasSize(9);
        assertThat(NppesFormat.FULL.requiredColumns()).contains("NPI", "Entity Type Code");
        assertThat(NppesFormat.FULL.zipEntry()).isEqualTo("npidata_pfile_\\d{8}-\\d{8}\\.csv");
        assertThat(List.of(NppesFormat.FULL.name(), NppesFormat.WEEKLY.name())).containsExactly("nppes", "nppes-weekly");
    }
}
