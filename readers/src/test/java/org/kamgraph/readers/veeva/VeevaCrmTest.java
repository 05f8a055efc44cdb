package org.kamgraph.readers.veeva;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamgraph.model.NodeKind.CLINICIAN;
import static org.kamgraph.model.NodeKind.COMMITTEE;
import static org.kamgraph.model.NodeKind.HOSPITAL;
import static org.kamgraph.model.NodeKind.IDN;
import static org.kamgraph.model.NodeKind.PERSON;
import static org.kamgraph.model.NodeKind.PHARMACY;
import static org.kamgraph.model.NodeKind.PRODUCT;
import static org.kamgraph.model.NodeKind.TEAM_MEMBER;
import static org.kamgraph.model.RelKind.COVERS;
import static org.kamgraph.model.RelKind.INFLUENCES;
import static org.kamgraph.model.RelKind.PART_OF;
import static org.kamgraph.model.RelKind.SITS_ON;
import static org.kamgraph.model.RelKind.WORKS_AT;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kamgraph.readers.PublishedFile;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.RecordingEmit;
import org.kamgraph.readers.RecordingEmit.Node;
import org.kamgraph.readers.RecordingEmit.Reject;
import org.kamgraph.readers.RecordingEmit.Rel;
import org.kamgraph.readers.Region;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.SourceFormats;
import org.kamgraph.readers.TestIdentities;

/** The Veeva CRM readers on the TINY MARKET's CRM export (South Dakota, as of 2025-06-30). */
class VeevaCrmTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final Region SD = new Region(Set.of("SD"));

    static final String LARSEN = "001US00000VLARSEN1";
    static final String OLSON = "001US00000VOLSON01";
    static final String PATEL = "001US00000VPATEL01";
    static final String HOFF = "001US00000VHOFF001";
    static final String SANFORD = "001US00000VSUSD001";
    static final String PT = "001US00000VPT00001";
    static final String NOT_LOADED = "account not loaded (not in the Veeva account export, or outside the region)";

    static Path file(String name) {
        try {
            return Path.of(VeevaCrmTest.class.getResource("/published/veeva/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the NPI registry and the hospital crosswalk loaded for South Dakota (Berg, in ND, is not among them). */
    static TestIdentities registry() {
        TestIdentities ids = new TestIdentities();
        for (String npi : List.of("1100000011", "1100000029", "1100000037", "1100000045", "1100000052", "1100000078",
                "1100000086")) {
            ids.withClinician(npi);
        }
        return ids.withOrganization("1821017880", HOSPITAL, "CCN-430027").withHospital("430027", "CCN-430027");
    }

    /** The registry plus what the Veeva account and user exports loaded (their aliases). */
    static TestIdentities crm() {
        return registry()
                .withAlias("veeva:" + LARSEN, CLINICIAN, "NPI-1100000011")
                .withAlias("veeva:" + OLSON, CLINICIAN, "NPI-1100000029")
                .withAlias("veeva:" + PATEL, CLINICIAN, "NPI-1100000045")
                .withAlias("veeva:" + HOFF, CLINICIAN, "NPI-1100000052")
                .withAlias("veeva:" + SANFORD, HOSPITAL, "CCN-430027")
                .withAlias("veeva:" + PT, COMMITTEE, "VEEVA-" + PT)
                .withAlias("veeva:001US00000VVOSS001", PERSON, "VEEVA-001US00000VVOSS001")
                .withAlias("veeva:005KAM0001", TEAM_MEMBER, "VEEVA-005KAM0001")
                .withAlias("veeva:005MSL0001", TEAM_MEMBER, "VEEVA-005MSL0001");
    }

    static ReadContext context(TestIdentities ids, String file, Region region) {
        return ids.context(file, AS_OF, region);
    }

    static RecordingEmit read(SourceFormat format, String file, TestIdentities ids, Region region) {
        RecordingEmit out = RecordingEmit.translate(format, file(file), context(ids, file, region));
        return org.kamgraph.readers.crm.ModelRows.valid(out, format.name(), AS_OF);
    }

    static Map<String, Object> props(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    // ---------------------------------------------------------------- accounts

    @Test
    void personAccountsAreTheRegistrysCliniciansWithTheVeevaIdAsAlias() {
        RecordingEmit out = read(new VeevaAccounts(), "Account.csv", registry(), SD);
        assertThat(out.nodes(CLINICIAN)).containsExactly(
                new Node(2, CLINICIAN, "NPI-1100000011", props("name", "Ada Larsen", "aliases", "veeva:" + LARSEN)),
                new Node(3, CLINICIAN, "NPI-1100000029", props("name", "Ben Olson", "aliases", "veeva:" + OLSON)),
                new Node(4, CLINICIAN, "NPI-1100000045", props("name", "Dev Patel", "aliases", "veeva:" + PATEL)),
                new Node(5, CLINICIAN, "NPI-1100000052", props("name", "Erin Hoff", "aliases", "veeva:" + HOFF,
                        "title", "Clinical Pharmacist")));
        assertThat(out.rejects).isEmpty();
    }

    @Test
    void aHospitalKnownByItsNpiKeepsItsIdAndACommitteeIsNew() {
        RecordingEmit out = read(new VeevaAccounts(), "Account.csv", registry(), SD);
        assertThat(out.nodes(HOSPITAL)).containsExactly(new Node(7, HOSPITAL, "CCN-430027",
                props("name", "SANFORD USD MEDICAL CENTER", "aliases", "veeva:" + SANFORD)));
        assertThat(out.nodes(COMMITTEE)).containsExactly(new Node(8, COMMITTEE, "VEEVA-" + PT,
                props("name", "SANFORD USD P&T COMMITTEE", "aliases", "veeva:" + PT, "city", "SIOUX FALLS",
                        "region", "SD", "committeeType", "p_and_t")));
    }

    @Test
    void anAccountOutsideTheRegionIsCountedNotLoaded() {
        RecordingEmit out = read(new VeevaAccounts(), "Account.csv", registry(), SD);
        assertThat(out.outsideRegion).isEqualTo(1);
        assertThat(out.nodes).extracting(Node::id).doesNotContain("NPI-1100000060");

        RecordingEmit all = read(new VeevaAccounts(), "Account.csv", registry(), Region.ALL);
        assertThat(all.outsideRegion).isZero();
        assertThat(all.nodes).extracting(Node::id).contains("NPI-1100000060");
    }

    @Test
    void aClinicianTheRegistryLacksIsCreatedWithWhatTheCrmKnows() {
        RecordingEmit out = read(new VeevaAccounts(), "Account.csv", new TestIdentities(), SD);
        assertThat(out.nodes.getFirst()).isEqualTo(new Node(2, CLINICIAN, "NPI-1100000011", props("name", "Ada Larsen",
                "aliases", "veeva:" + LARSEN, "npi", "1100000011", "credential", "MD", "specialty", "Medical Oncology",
                "profession", "physician", "practiceCity", "Sioux Falls", "region", "SD")));
        assertThat(out.nodes(HOSPITAL)).containsExactly(new Node(7, HOSPITAL, "VEEVA-" + SANFORD,
                props("name", "SANFORD USD MEDICAL CENTER", "aliases", "veeva:" + SANFORD, "npi", "1821017880",
                        "city", "SIOUX FALLS", "region", "SD")));
    }

    @Test
    void peopleWithoutAValidNpiArepersons() {
        RecordingEmit out = read(new VeevaAccounts(), "Account-edge.csv", new TestIdentities(), SD);
        assertThat(out.nodes(PERSON)).containsExactly(
                new Node(2, PERSON, "VEEVA-001US00000VVOSS001", props("name", "Lena Voss",
                        "aliases", "veeva:001US00000VVOSS001", "title", "VP Pharmacy Services", "region", "SD")),
                new Node(3, PERSON, "VEEVA-001US00000VBADNPI1", props("name", "Max Quist",
                        "aliases", "veeva:001US00000VBADNPI1", "region", "SD")));
        assertThat(out.rejects).contains(new Reject(3, "NPI_vod__c",
                "invalid NPI (not ten digits with a valid check digit); loaded without it"));
    }

    @Test
    void businessAccountsBecomeTheKindTheirRecordTypeNames() {
        RecordingEmit out = read(new VeevaAccounts(), "Account-edge.csv", new TestIdentities(), SD);
        assertThat(out.nodes(IDN)).containsExactly(new Node(7, IDN, "VEEVA-001US00000VIDN0001", props("name",
                "SANFORD HEALTH", "aliases", "veeva:001US00000VIDN0001", "city", "SIOUX FALLS", "region", "SD")));
        assertThat(out.nodes(PHARMACY)).containsExactly(new Node(8, PHARMACY, "VEEVA-001US00000VLEWIS01", props("name",
                "LEWIS DRUG 5", "aliases", "veeva:001US00000VLEWIS01", "npi", "1300000027", "city", "SIOUX FALLS",
                "region", "SD")));
    }

    @Test
    void unmodelledRecordTypesAndDeletedRecordsAreRejected() {
        RecordingEmit out = read(new VeevaAccounts(), "Account-edge.csv", new TestIdentities(), SD);
        assertThat(out.rejects).containsExactly(
                new Reject(3, "NPI_vod__c", "invalid NPI (not ten digits with a valid check digit); loaded without it"),
                new Reject(4, "RecordType.DeveloperName", "account record type not modelled (Employer_vod)"),
                new Reject(5, "RecordType.DeveloperName",
                        "business account without a record type name (export RecordType.DeveloperName)"),
                new Reject(6, "IsDeleted", "record deleted in the CRM (IsDeleted)"));
    }

    // ---------------------------------------------------------------- users and products

    @Test
    void usersWithAFieldRoleAreTeamMembers() {
        RecordingEmit out = read(new VeevaUsers(), "User.csv", new TestIdentities(), SD);
        assertThat(out.nodes).containsExactly(
                new Node(2, TEAM_MEMBER, "VEEVA-005KAM0001", props("name", "Kim Reyes", "aliases", "veeva:005KAM0001",
                        "role", "kam", "email", "kim.reyes@pharma.example")),
                new Node(3, TEAM_MEMBER, "VEEVA-005MSL0001", props("name", "Sam Ortiz", "aliases", "veeva:005MSL0001",
                        "role", "msl", "email", "sam.ortiz@pharma.example")));
        assertThat(out.rejects).containsExactly(new Reject(4, "Title",
                "title names no field role (key account manager, MSL, nurse navigator, market access, rep)"));
    }

    @Test
    void brandsAreProductsKeyedByTheirExternalIdOrTheCatalogsId() {
        RecordingEmit out = read(new VeevaProducts(), "Product_vod__c.csv", new TestIdentities(), SD);
        assertThat(out.nodes).containsExactly(
                new Node(2, PRODUCT, "PRD-VRZ", props("name", "VERZENIO", "aliases", "veeva:a00US00000PVRZ001",
                        "therapeuticArea", "Oncology", "ours", true)),
                new Node(3, PRODUCT, "PRD-IBR", props("name", "IBRANCE", "aliases", "veeva:a00US00000PIBR001",
                        "therapeuticArea", "Oncology", "ours", false)),
                new Node(4, PRODUCT, "PRD-KIS", props("name", "KISQALI", "aliases", "veeva:a00US00000PKIS001",
                        "therapeuticArea", "Oncology", "ours", false)));
        assertThat(out.rejects).containsExactly(new Reject(5, "Product_Type_vod__c",
                "product type 'Sample' is not a brand (only Detail products are read)"));

        RecordingEmit known = read(new VeevaProducts(), "Product_vod__c.csv",
                new TestIdentities().withProduct("PRD-022", "Verzenio", "abemaciclib"), SD);
        assertThat(known.nodes.getFirst().id()).isEqualTo("PRD-022");
    }

    // ---------------------------------------------------------------- relations

    @Test
    void childAccountsArePositionsSeatsAndParts() {
        RecordingEmit out = read(new VeevaChildAccounts(), "Child_Account_vod__c.csv", crm(), SD);
        assertThat(out.relationships).containsExactly(
                new Rel(2, WORKS_AT, CLINICIAN, "NPI-1100000011", HOSPITAL, "CCN-430027", props()),
                new Rel(3, WORKS_AT, CLINICIAN, "NPI-1100000052", HOSPITAL, "CCN-430027", props()),
                new Rel(4, SITS_ON, CLINICIAN, "NPI-1100000011", COMMITTEE, "VEEVA-" + PT, props()),
                new Rel(5, SITS_ON, CLINICIAN, "NPI-1100000052", COMMITTEE, "VEEVA-" + PT, props()),
                new Rel(6, PART_OF, COMMITTEE, "VEEVA-" + PT, HOSPITAL, "CCN-430027", props()));
        assertThat(out.rejects).containsExactly(new Reject(7, "Child_Account_vod__c", NOT_LOADED));
    }

    @Test
    void anAffiliationIsInfluenceInTheDirectionVeevaSaysAndItsMirrorIsSkipped() {
        RecordingEmit out = read(new VeevaAffiliations(), "Affiliation_vod__c.csv", crm(), SD);
        assertThat(out.relationships).containsExactly(new Rel(2, INFLUENCES, CLINICIAN, "NPI-1100000011", CLINICIAN,
                "NPI-1100000045", props("strength", 0.8, "basis", "affiliation",
                        "evidence", "Veeva CRM affiliation (Mentor, strong)")));
        assertThat(out.rejects).isEmpty();
    }

    @Test
    void affiliationStrengthsDirectionsAndRejects() {
        RecordingEmit out = read(new VeevaAffiliations(), "Affiliation-edge.csv", crm(), SD);
        assertThat(out.relationships).containsExactly(
                new Rel(2, INFLUENCES, CLINICIAN, "NPI-1100000029", CLINICIAN, "NPI-1100000011", props("strength", 0.5,
                        "basis", "affiliation", "evidence", "Veeva CRM affiliation (Colleague, medium)")),
                new Rel(2, INFLUENCES, CLINICIAN, "NPI-1100000011", CLINICIAN, "NPI-1100000029", props("strength", 0.5,
                        "basis", "affiliation", "evidence", "Veeva CRM affiliation (Colleague, medium)")),
                new Rel(3, INFLUENCES, CLINICIAN, "NPI-1100000029", CLINICIAN, "NPI-1100000052", props("strength", 0.2,
                        "basis", "affiliation", "evidence", "Veeva CRM affiliation (weak)")));
        assertThat(out.rejects).containsExactly(
                new Reject(4, "Influence_vod__c", "affiliation says 'No influence'"),
                new Reject(5, "Relationship_Strength_vod__c", "unknown relationship strength 'Extreme'"),
                new Reject(6, "To_Account_vod__c",
                        "affiliation with an organization (only person-to-person affiliations are influence)"),
                new Reject(7, "To_Account_vod__c", NOT_LOADED));
    }

    @Test
    void thePrimaryAddressLocatesCrmCreatedAccountsOnly() {
        RecordingEmit out = read(new VeevaAddresses(), "Address_vod__c.csv", crm(), SD);
        assertThat(out.nodes).containsExactly(new Node(5, COMMITTEE, "VEEVA-" + PT,
                props("name", "SANFORD USD P&T COMMITTEE", "city", "SIOUX FALLS", "region", "SD")));
        assertThat(out.outsideRegion).isEqualTo(1);
        assertThat(out.rejects).isEmpty();

        RecordingEmit edge = read(new VeevaAddresses(), "Address-edge.csv", crm(), SD);
        assertThat(edge.nodes).containsExactly(new Node(2, PERSON, "VEEVA-001US00000VVOSS001",
                props("name", "Lena Voss", "region", "SD")));
        assertThat(edge.rejects).containsExactly(new Reject(4, "Account_vod__c", NOT_LOADED));
    }

    @Test
    void submittedCallsAreCoverageWithTheLastContactAndTheNumberOfCalls() {
        RecordingEmit out = read(new VeevaCalls(), "Call2_vod__c.csv", crm(), SD);
        assertThat(out.relationships).containsExactly(
                new Rel(2, COVERS, TEAM_MEMBER, "VEEVA-005KAM0001", CLINICIAN, "NPI-1100000011",
                        props("lastContact", LocalDate.of(2025, 6, 10), "contacts", 2L)),
                new Rel(4, COVERS, TEAM_MEMBER, "VEEVA-005KAM0001", CLINICIAN, "NPI-1100000029",
                        props("lastContact", LocalDate.of(2025, 1, 15), "contacts", 1L)),
                new Rel(5, COVERS, TEAM_MEMBER, "VEEVA-005MSL0001", CLINICIAN, "NPI-1100000045",
                        props("lastContact", LocalDate.of(2025, 4, 20), "contacts", 1L)));
        assertThat(out.rejects).containsExactly(new Reject(7, "Account_vod__c", NOT_LOADED));
    }

    @Test
    void callsOfAnUnknownOwnerAreRejected() {
        RecordingEmit out = read(new VeevaCalls(), "Call2_vod__c.csv", registry()
                .withAlias("veeva:" + LARSEN, CLINICIAN, "NPI-1100000011"), SD);
        assertThat(out.relationships).isEmpty();
        assertThat(out.rejects).extracting(Reject::reason).containsOnly(
                "call owner not loaded (not in the user export, or no field role)");
    }

    // ---------------------------------------------------------------- detection

    @Test
    void eachExportIsDetectedByItsHeader() {
        Map<String, String> expected = Map.of("Account.csv", "veeva-account", "User.csv", "veeva-user",
                "Product_vod__c.csv", "veeva-product", "Child_Account_vod__c.csv", "veeva-child-account",
                "Affiliation_vod__c.csv", "veeva-affiliation", "Address_vod__c.csv", "veeva-address",
                "Call2_vod__c.csv", "veeva-call");
        expected.forEach((file, format) -> {
            SourceFormat f = SourceFormats.byName(format).orElseThrow();
            Set<String> header = Set.copyOf(PublishedFile.of(file(file)).header(f));
            assertThat(SourceFormats.detect(header)).as(file).get().extracting(SourceFormat::name).isEqualTo(format);
        });
    }
}
