package org.kamgraph.readers.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamgraph.model.NodeKind.CLINICIAN;
import static org.kamgraph.model.NodeKind.COMMITTEE;
import static org.kamgraph.model.NodeKind.DECISION;
import static org.kamgraph.model.NodeKind.HOSPITAL;
import static org.kamgraph.model.NodeKind.IDN;
import static org.kamgraph.model.NodeKind.PERSON;
import static org.kamgraph.model.NodeKind.PRODUCT;
import static org.kamgraph.model.RelKind.AT;
import static org.kamgraph.model.RelKind.CONCERNS;
import static org.kamgraph.model.RelKind.IN_DMU;
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
import org.kamgraph.readers.RecordingEmit;
import org.kamgraph.readers.RecordingEmit.Node;
import org.kamgraph.readers.RecordingEmit.Reject;
import org.kamgraph.readers.RecordingEmit.Rel;
import org.kamgraph.readers.Region;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.SourceFormats;
import org.kamgraph.readers.TestIdentities;

/** The Salesforce readers on the TINY MARKET's Salesforce export (South Dakota, as of 2025-06-30). */
class SalesforceCrmTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final Region SD = new Region(Set.of("SD"));

    static final String SANFORD = "001US00000SSANF001";
    static final String LARSEN = "003US00000SLARSEN1";
    static final String HOFF = "003US00000SHOFF001";
    static final String QUINN = "003US00000SQUINN01";
    static final String MOE = "003US00000SMOE0001";
    static final String OPPORTUNITY = "006US00000SVRZF001";
    static final String ACCOUNT_NOT_LOADED = "account not loaded (not in the Salesforce account export, or outside the region)";

    static Path file(String name) {
        try {
            return Path.of(SalesforceCrmTest.class.getResource("/published/salesforce/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the NPI registry, the hospital crosswalk and the catalog loaded for South Dakota. */
    static TestIdentities registry() {
        TestIdentities ids = new TestIdentities();
        for (String npi : List.of("1100000011", "1100000029", "1100000037", "1100000045", "1100000052", "1100000078",
                "1100000086")) {
            ids.withClinician(npi);
        }
        return ids.withOrganization("1821017880", HOSPITAL, "CCN-430027").withHospital("430027", "CCN-430027")
                .withProduct("PRD-VRZ", "VERZENIO", "abemaciclib", "1946840")
                .withProduct("PRD-IBR", "IBRANCE", "palbociclib", "1601380")
                .withProduct("PRD-KIS", "KISQALI", "ribociclib", "1873983");
    }

    /** The registry plus what the Salesforce account, contact and opportunity exports loaded (their aliases). */
    static TestIdentities crm() {
        return registry()
                .withAlias("salesforce:" + SANFORD, HOSPITAL, "CCN-430027")
                .withAlias("salesforce:001US00000SAVERA01", IDN, "SFDC-001US00000SAVERA01")
                .withAlias("salesforce:001US00000SPTC0001", COMMITTEE, "SFDC-001US00000SPTC0001")
                .withAlias("salesforce:" + LARSEN, CLINICIAN, "NPI-1100000011")
                .withAlias("salesforce:" + HOFF, CLINICIAN, "NPI-1100000052")
                .withAlias("salesforce:" + QUINN, PERSON, "SFDC-" + QUINN)
                .withAlias("salesforce:" + MOE, CLINICIAN, "NPI-1100000086")
                .withAlias("salesforce:" + OPPORTUNITY, DECISION, "SFDC-" + OPPORTUNITY);
    }

    static RecordingEmit read(SourceFormat format, String file, TestIdentities ids, Region region) {
        RecordingEmit out = RecordingEmit.translate(format, file(file), ids.context(file, AS_OF, region));
        return org.kamgraph.readers.crm.ModelRows.valid(out, format.name(), AS_OF);
    }

    static Map<String, Object> props(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    // ---------------------------------------------------------------- accounts and contacts

    @Test
    void aHospitalAccountKnownByItsNpiKeepsItsId() {
        RecordingEmit out = read(new SalesforceAccounts(), "Account.csv", registry(), SD);
        assertThat(out.nodes).containsExactly(new Node(2, HOSPITAL, "CCN-430027",
                props("name", "SANFORD USD MEDICAL CENTER", "aliases", "salesforce:" + SANFORD)));
        assertThat(out.rejects).isEmpty();
    }

    @Test
    void accountsBecomeOrganizationsByRecordTypeAndPersonAccountsPeople() {
        RecordingEmit out = read(new SalesforceAccounts(), "Account-edge.csv", new TestIdentities(), SD);
        assertThat(out.nodes).containsExactly(
                new Node(2, IDN, "SFDC-001US00000SAVERA01", props("name", "AVERA HEALTH",
                        "aliases", "salesforce:001US00000SAVERA01", "city", "SIOUX FALLS", "region", "SD")),
                new Node(3, COMMITTEE, "SFDC-001US00000SPTC0001", props("name", "AVERA P&T COMMITTEE",
                        "aliases", "salesforce:001US00000SPTC0001", "city", "SIOUX FALLS", "region", "SD",
                        "committeeType", "p_and_t")),
                new Node(4, CLINICIAN, "NPI-1100000029", props("name", "Ben Olson",
                        "aliases", "salesforce:001US00000SPA00001", "npi", "1100000029", "title", "Hematologist",
                        "practiceCity", "Sioux Falls", "region", "SD")));
        assertThat(out.outsideRegion).isEqualTo(1);
        assertThat(out.rejects).containsExactly(new Reject(6, "RecordType.Name", "account record type not modelled (Vendor)"));
    }

    @Test
    void aContactWithTheNpiOfARegistryClinicianIsThatClinicianWithItsAlias() {
        RecordingEmit out = read(new SalesforceContacts(), "Contact.csv", crm(), SD);
        assertThat(out.nodes).containsExactly(
                new Node(2, CLINICIAN, "NPI-1100000011", props("name", "Ada Larsen", "aliases", "salesforce:" + LARSEN)),
                new Node(3, CLINICIAN, "NPI-1100000052", props("name", "Erin Hoff", "aliases", "salesforce:" + HOFF)),
                new Node(4, PERSON, "SFDC-" + QUINN, props("name", "Pat Quinn", "aliases", "salesforce:" + QUINN,
                        "title", "Director of Pharmacy", "region", "SD")),
                new Node(5, CLINICIAN, "NPI-1100000086", props("name", "Hans Moe", "aliases", "salesforce:" + MOE)));
        assertThat(out.rejects).isEmpty();
    }

    @Test
    void aContactWorksAtItsAccountWithItsTitle() {
        RecordingEmit out = read(new SalesforceContacts(), "Contact.csv", crm(), SD);
        assertThat(out.relationships).containsExactly(
                new Rel(2, WORKS_AT, CLINICIAN, "NPI-1100000011", HOSPITAL, "CCN-430027", props()),
                new Rel(3, WORKS_AT, CLINICIAN, "NPI-1100000052", HOSPITAL, "CCN-430027", props()),
                new Rel(4, WORKS_AT, PERSON, "SFDC-" + QUINN, HOSPITAL, "CCN-430027",
                        props("title", "Director of Pharmacy")));
    }

    @Test
    void aContactOutsideTheRegionIsCounted() {
        RecordingEmit out = read(new SalesforceContacts(), "Contact.csv", crm(), SD);
        assertThat(out.outsideRegion).isEqualTo(1);
        assertThat(out.nodes).extracting(Node::id).doesNotContain("NPI-1100000060");
    }

    @Test
    void aContactsAccountMustBeLoaded() {
        RecordingEmit out = read(new SalesforceContacts(), "Contact.csv", registry(), SD);
        assertThat(out.relationships).isEmpty();
        assertThat(out.rejects).containsExactly(new Reject(2, "AccountId", ACCOUNT_NOT_LOADED),
                new Reject(3, "AccountId", ACCOUNT_NOT_LOADED), new Reject(4, "AccountId", ACCOUNT_NOT_LOADED));
    }

    // ---------------------------------------------------------------- account-contact relations

    @Test
    void directRelationsAreTheContactsOwnAccountAndSkipped() {
        RecordingEmit out = read(new SalesforceAccountContactRelations(), "AccountContactRelation.csv", crm(), SD);
        assertThat(out.relationships).isEmpty();
        assertThat(out.rejects).isEmpty();
    }

    @Test
    void furtherRelationsArePositionsWithRolesAndDatesOrSeats() {
        RecordingEmit out = read(new SalesforceAccountContactRelations(), "AccountContactRelation-edge.csv", crm(), SD);
        assertThat(out.relationships).containsExactly(
                new Rel(2, WORKS_AT, PERSON, "SFDC-" + QUINN, IDN, "SFDC-001US00000SAVERA01",
                        props("title", "Business User, Influencer", "validFrom", LocalDate.of(2022, 1, 1))),
                new Rel(3, SITS_ON, PERSON, "SFDC-" + QUINN, COMMITTEE, "SFDC-001US00000SPTC0001",
                        props("validFrom", LocalDate.of(2021, 3, 1), "validTo", LocalDate.of(2024, 12, 31))));
        assertThat(out.rejects).containsExactly(
                new Reject(4, "IsActive", "inactive relation without an EndDate"),
                new Reject(5, "ContactId", "contact not loaded (not in the Salesforce contact export, or outside the region)"),
                new Reject(6, "StartDate", "not a date (YYYY-MM-DD as the CRM exports dates)"));
    }

    // ---------------------------------------------------------------- opportunities and contact roles

    @Test
    void anOpportunityIsADecisionAtItsAccountConcerningTheProductItNames() {
        RecordingEmit out = read(new SalesforceOpportunities(), "Opportunity.csv", crm(), SD);
        String decision = "SFDC-" + OPPORTUNITY;
        assertThat(out.nodes).containsExactly(new Node(2, DECISION, decision, props("name", "VERZENIO formulary listing",
                "aliases", "salesforce:" + OPPORTUNITY, "decisionType", "formulary_listing", "status", "open",
                "dueDate", LocalDate.of(2025, 9, 30))));
        assertThat(out.relationships).containsExactly(
                new Rel(2, AT, DECISION, decision, HOSPITAL, "CCN-430027", props()),
                new Rel(2, CONCERNS, DECISION, decision, PRODUCT, "PRD-VRZ", props()));
        assertThat(out.rejects).isEmpty();
    }

    @Test
    void stagesGiveTheStatusAndUnloadedAccountsOrBadDatesAreRejected() {
        RecordingEmit out = read(new SalesforceOpportunities(), "Opportunity-edge.csv", crm(), SD);
        assertThat(out.nodes).extracting(Node::id, n -> n.props().get("status"), n -> n.props().get("decisionType"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SFDC-006US00000SWON001", "won", "protocol"),
                        org.assertj.core.groups.Tuple.tuple("SFDC-006US00000SLOST01", "lost", null),
                        org.assertj.core.groups.Tuple.tuple("SFDC-006US00000SBADDT1", "open", "formulary_listing"));
        assertThat(out.relationships(CONCERNS)).extracting(Rel::line, Rel::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "PRD-KIS"), org.assertj.core.groups.Tuple.tuple(2L, "PRD-IBR"),
                org.assertj.core.groups.Tuple.tuple(5L, "PRD-IBR"));
        assertThat(out.nodes.get(2).props()).doesNotContainKey("dueDate");
        assertThat(out.rejects).containsExactly(new Reject(4, "AccountId", ACCOUNT_NOT_LOADED),
                new Reject(5, "CloseDate", "not a date (YYYY-MM-DD as the CRM exports dates)"));
    }

    @Test
    void contactRolesAreTheDecisionMakingUnit() {
        RecordingEmit out = read(new SalesforceOpportunityContactRoles(), "OpportunityContactRole.csv", crm(), SD);
        String decision = "SFDC-" + OPPORTUNITY;
        assertThat(out.relationships).containsExactly(
                new Rel(2, IN_DMU, CLINICIAN, "NPI-1100000011", DECISION, decision, props("role", "decider")),
                new Rel(3, IN_DMU, CLINICIAN, "NPI-1100000052", DECISION, decision, props("role", "gatekeeper")),
                new Rel(4, IN_DMU, PERSON, "SFDC-" + QUINN, DECISION, decision, props("role", "buyer")));
        assertThat(out.rejects).isEmpty();
    }

    @Test
    void everyContactRoleMapsToADmuRole() {
        assertThat(List.of("Decision Maker", "Economic Decision Maker", "Economic Buyer", "Evaluator", "Technical Buyer", "Influencer",
                "Executive Sponsor", "Business User", "Other", "")).map(SalesforceOpportunityContactRoles::role)
                .containsExactly("decider", "decider", "buyer", "gatekeeper", "gatekeeper", "influencer", "approver", "user",
                        "influencer", "influencer");
    }

    // ---------------------------------------------------------------- account plan stakeholders

    @Test
    void accountPlanStakeholdersAreThePlansAccountsPeopleWithTheirRoleType() {
        RecordingEmit out = read(new SalesforceAccountPlanStakeholders(), "AccountPlanStakeholder.csv", crm(), SD);

        assertThat(out.relationships).containsExactly(
                new Rel(2, WORKS_AT, CLINICIAN, "NPI-1100000011", HOSPITAL, "CCN-430027", props("title", "Physician")),
                new Rel(3, WORKS_AT, CLINICIAN, "NPI-1100000052", HOSPITAL, "CCN-430027", props("title", "Pharmacist")),
                new Rel(4, WORKS_AT, PERSON, "SFDC-" + QUINN, HOSPITAL, "CCN-430027", props("title", "Manager")),
                new Rel(10, SITS_ON, CLINICIAN, "NPI-1100000011", COMMITTEE, "SFDC-001US00000SPTC0001", Map.of()));
        assertThat(out.nodes).isEmpty();
    }

    @Test
    void accountPlanStakeholdersThatCannotBePlacedAreRejectedWithReasons() {
        RecordingEmit out = read(new SalesforceAccountPlanStakeholders(), "AccountPlanStakeholder.csv", crm(), SD);

        assertThat(out.rejects).containsExactly(
                new Reject(5, "StakeholderRefnRecordId", "stakeholder is a business account, not a person (not modelled as a stakeholder)"),
                new Reject(6, "StakeholderRefnRecordId",
                        "stakeholder not loaded (not in the Salesforce contact or account export, or outside the region)"),
                new Reject(7, "AccountPlan.AccountId",
                        "account plan's account not loaded (not in the Salesforce account export, or outside the region)"),
                new Reject(8, "AccountPlan.AccountId", "account plan without an account (export AccountPlan.AccountId)"),
                new Reject(9, "IsDeleted", "record deleted in the CRM (IsDeleted)"));
    }

    @Test
    void anAccountPlanStakeholderWithoutARoleTypeKeepsTheTitleItHas() {
        TestIdentities ids = crm();
        RecordingEmit out = RecordingEmit.translate(new SalesforceAccountPlanStakeholders(), write("""
                "AccountPlanId","AccountPlan.AccountId","StakeholderRefnRecordId","RoleType"
                "1apUS0000000SAN001","001US00000SSANF001","003US00000SQUINN01",""
                """), ids.context("AccountPlanStakeholder.csv", AS_OF, SD));

        assertThat(out.relationships).containsExactly(
                new Rel(2, WORKS_AT, PERSON, "SFDC-" + QUINN, HOSPITAL, "CCN-430027", Map.of()));
    }

    static Path write(String text) {
        try {
            Path f = java.nio.file.Files.createTempFile("AccountPlanStakeholder", ".csv");
            java.nio.file.Files.writeString(f, text);
            f.toFile().deleteOnExit();
            return f;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- detection

    @Test
    void otherListsWithIdNameAndTypeAreNotAccounts() {
        assertThat(new SalesforceAccounts().recognizes(Set.of("id", "name", "address", "city", "state", "type",
                "ownership"))).isFalse();
        assertThat(new SalesforceAccounts().recognizes(Set.of("Id", "Name", "Type", "BillingState"))).isTrue();
    }

    @Test
    void eachExportIsDetectedByItsHeader() {
        Map<String, String> expected = Map.of("Account.csv", "salesforce-account", "Account-edge.csv", "salesforce-account",
                "Contact.csv", "salesforce-contact", "AccountContactRelation.csv", "salesforce-account-contact-relation",
                "Opportunity.csv", "salesforce-opportunity", "OpportunityContactRole.csv",
                "salesforce-opportunity-contact-role", "AccountPlanStakeholder.csv", "salesforce-account-plan-stakeholder");
        expected.forEach((file, format) -> {
            SourceFormat f = SourceFormats.byName(format).orElseThrow();
            Set<String> header = Set.copyOf(PublishedFile.of(file(file)).header(f));
            assertThat(SourceFormats.detect(header)).as(file).get().extracting(SourceFormat::name).isEqualTo(format);
        });
    }
}
