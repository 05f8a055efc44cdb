package org.kamgraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** NodeKind and RelKind: labels, categories, look-ups and the properties every kind shares. */
class KindsTest {

    // --- labels -----------------------------------------------------------------------------------------

    @Test
    void clinicianCarriesPerson() {
        assertThat(NodeKind.CLINICIAN.labels()).containsExactly("Clinician", "Person");
        assertThat(NodeKind.CLINICIAN.extraLabels()).containsExactly("Person");
        assertThat(NodeKind.CLINICIAN.isPerson()).isTrue();
    }

    @Test
    void personCarriesPersonOnce() {
        assertThat(NodeKind.PERSON.labels()).containsExactly("Person");
        assertThat(NodeKind.PERSON.extraLabels()).isEmpty();
    }

    @Test
    void hospitalCarriesOrganizationAndAccount() {
        assertThat(NodeKind.HOSPITAL.labels()).containsExactly("Hospital", "Organization", "Account");
        assertThat(NodeKind.HOSPITAL.extraLabels()).containsExactly("Organization", "Account");
        assertThat(NodeKind.HOSPITAL.isOrganization()).isTrue();
        assertThat(NodeKind.HOSPITAL.isAccount()).isTrue();
        assertThat(NodeKind.HOSPITAL.isPerson()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "HEALTH_AUTHORITY; HealthAuthority,Organization", "PAYER; Payer,Organization", "PBM; Pbm,Organization",
            "IDN; Idn,Organization,Account", "ACO; Aco,Organization,Account", "HOSPITAL; Hospital,Organization,Account",
            "CLINIC; Clinic,Organization,Account", "DEPARTMENT; Department,Organization",
            "COMMITTEE; Committee,Organization", "WHOLESALER; Wholesaler,Organization",
            "PHARMACY; Pharmacy,Organization", "PERSON; Person", "CLINICIAN; Clinician,Person",
            "TEAM_MEMBER; TeamMember", "PRODUCT; Product", "DECISION; Decision", "INITIATIVE; Initiative",
            "MILESTONE; Milestone"})
    void labelsOfEveryKind(NodeKind kind, String labels) {
        assertThat(kind.labels()).containsExactly(labels.split(","));
        assertThat(kind.label()).isEqualTo(kind.labels().getFirst());
    }

    @Test
    void ownLabelsAreUniqueAndNeverACategoryLabelExceptPerson() {
        Set<String> seen = new HashSet<>();
        for (NodeKind k : NodeKind.values()) {
            assertThat(seen.add(k.label().toLowerCase())).as(k.label()).isTrue();
        }
        assertThat(seen).doesNotContain("organization", "account").contains("person");
    }

    @Test
    void categories() {
        assertThat(NodeKind.accounts()).containsExactly(NodeKind.IDN, NodeKind.ACO, NodeKind.HOSPITAL, NodeKind.CLINIC);
        assertThat(NodeKind.people()).containsExactly(NodeKind.PERSON, NodeKind.CLINICIAN);
        assertThat(NodeKind.organizations()).containsExactly(NodeKind.HEALTH_AUTHORITY, NodeKind.PAYER, NodeKind.PBM,
                NodeKind.IDN, NodeKind.ACO, NodeKind.HOSPITAL, NodeKind.CLINIC, NodeKind.DEPARTMENT,
                NodeKind.COMMITTEE, NodeKind.WHOLESALER, NodeKind.PHARMACY);
        assertThat(NodeKind.TEAM_MEMBER.isPerson()).isFalse();
        assertThat(NodeKind.TEAM_MEMBER.isOrganization()).isFalse();
        assertThat(NodeKind.PAYER.isAccount()).isFalse();
    }

    @Test
    void allLabels() {
        assertThat(NodeKind.allLabels()).isEqualTo("HealthAuthority, Payer, Pbm, Idn, Aco, Hospital, Clinic, "
                + "Department, Committee, Wholesaler, Pharmacy, Person, Clinician, TeamMember, Product, Decision, "
                + "Initiative, Milestone");
    }

    // --- look-ups ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"hospital, HOSPITAL", "HOSPITAL, HOSPITAL", "Hospital, HOSPITAL", "' Hospital ', HOSPITAL",
            "HealthAuthority, HEALTH_AUTHORITY", "healthauthority, HEALTH_AUTHORITY",
            "health_authority, HEALTH_AUTHORITY", "HEALTH_AUTHORITY, HEALTH_AUTHORITY", "teammember, TEAM_MEMBER",
            "TEAM_MEMBER, TEAM_MEMBER", "PBM, PBM", "pbm, PBM", "cLiNiCiAn, CLINICIAN", "person, PERSON"})
    void byLabelIsCaseInsensitive(String label, NodeKind expected) {
        assertThat(NodeKind.byLabel(label)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Organization", "Account", "Hospitals", "Health Authority", "health-authority", "Doctor",
            "   "})
    void byLabelRejectsOtherNames(String label) {
        assertThat(NodeKind.byLabel(label)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(NodeKind.class)
    void byLabelFindsEveryKindByLabelAndName(NodeKind kind) {
        assertThat(NodeKind.byLabel(kind.label())).contains(kind);
        assertThat(NodeKind.byLabel(kind.label().toUpperCase())).contains(kind);
        assertThat(NodeKind.byLabel(kind.name().toLowerCase())).contains(kind);
    }

    @ParameterizedTest
    @CsvSource({"works_at, WORKS_AT", "Works_At, WORKS_AT", "WORKS_AT, WORKS_AT", "' influences ', INFLUENCES",
            "in_dmu, IN_DMU", "at, AT", "At, AT"})
    void byTypeIsCaseInsensitive(String type, RelKind expected) {
        assertThat(RelKind.byType(type)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"WorksAt", "WORKS-AT", "works at", "INFLUENCE", "KNOWS"})
    void byTypeRejectsOtherNames(String type) {
        assertThat(RelKind.byType(type)).isEmpty();
    }

    @Test
    void allTypes() {
        assertThat(RelKind.allTypes()).isEqualTo("PART_OF, MEMBER_OF, WORKS_AT, SITS_ON, INFLUENCES, REFERS_TO, "
                + "REPORTS_TO, COVERS, FUNDS, REIMBURSES, CONTRACTS_WITH, IN_NETWORK, SUPPLIES, PRESCRIBES, RECEIVED_PAYMENT, LISTS, "
                + "DECIDES, IN_DMU, CONCERNS, AT, ENGAGES, OWNS, TARGETS, MILESTONE_OF");
        for (RelKind r : RelKind.values()) {
            assertThat(r.type()).isEqualTo(r.name()).matches("[A-Z][A-Z_]*");
        }
    }

    // --- shared properties ------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(NodeKind.class)
    void everyNodeStartsWithIdentityValidityAndProvenance(NodeKind kind) {
        List<String> names = List.copyOf(kind.properties().keySet());
        assertThat(names.subList(0, 6)).containsExactly("id", "name", "validFrom", "validTo", "source", "lastVerified");
        assertThat(kind.property("id").orElseThrow().required()).isTrue();
        assertThat(kind.property("name").orElseThrow().required()).isTrue();
        assertThat(kind.property("validFrom").orElseThrow().type()).isEqualTo(PropertyType.DATE);
        assertThat(kind.property("nope")).isEmpty();
        boolean hasLocation = kind.properties().containsKey("city");
        assertThat(hasLocation).isEqualTo(kind.isOrganization());
    }

    @ParameterizedTest
    @EnumSource(RelKind.class)
    void everyRelationshipHasValidityAndProvenance(RelKind rel) {
        List<String> names = List.copyOf(rel.properties().keySet());
        assertThat(names.subList(0, 4)).containsExactly("validFrom", "validTo", "source", "lastVerified");
        // Money and goods carry an annual amount; an industry payment (evidence) carries the amount paid.
        boolean valued = rel.isMoney() || rel.group() == RelKind.Group.GOODS || rel == RelKind.RECEIVED_PAYMENT;
        assertThat(rel.properties().containsKey("amount")).isEqualTo(valued);
        assertThat(rel.properties().containsKey("currency")).isEqualTo(valued);
    }

    @Test
    void moneyRelationships() {
        Set<RelKind> money = EnumSet.noneOf(RelKind.class);
        for (RelKind r : RelKind.values()) {
            if (r.isMoney()) {
                money.add(r);
            }
        }
        assertThat(money).containsExactlyInAnyOrder(RelKind.FUNDS, RelKind.REIMBURSES, RelKind.CONTRACTS_WITH,
                RelKind.PRESCRIBES);
        assertThat(RelKind.SUPPLIES.isMoney()).as("goods move against the money").isFalse();
        assertThat(RelKind.PRESCRIBES.property("amount").orElseThrow().min()).isEqualTo(0.0);
    }

    @Test
    void moneyCanBeBrokenDownByProduct() {
        assertThat(RelKind.REIMBURSES.property("amount.PRD-022")).get()
                .satisfies(p -> assertThat(p.type()).isEqualTo(PropertyType.DOUBLE));
        assertThat(RelKind.SUPPLIES.property("amount.PRD-022")).isEmpty();
        assertThat(RelKind.PRESCRIBES.property("amount.PRD-022")).isEmpty();
        assertThat(RelKind.FUNDS.property("amount.")).isEmpty();
        assertThat(Validator.validateRelationship(RelKind.REIMBURSES, NodeKind.PBM, NodeKind.PHARMACY,
                java.util.Map.of("amount", 100.0, "amount.P1", 60.0, "amount.P2", 40.0))).isEmpty();
        assertThat(Validator.validateRelationship(RelKind.REIMBURSES, NodeKind.PBM, NodeKind.PHARMACY,
                java.util.Map.of("amount", 100.0, "amount.P1", 60.0, "amount.P2", 41.0)))
                .singleElement().satisfies(v -> assertThat(v.message()).contains("add up to 101.0, more than amount 100.0"));
        assertThat(Validator.validateRelationship(RelKind.REIMBURSES, NodeKind.PBM, NodeKind.PHARMACY,
                java.util.Map.of("amount.P1", -1.0))).singleElement().satisfies(v -> assertThat(v.property()).isEqualTo("amount.P1"));
        assertThat(RelKind.CONTRACTS_WITH.allows(NodeKind.PHARMACY, NodeKind.WHOLESALER)).as("pharmacies pay wholesalers").isTrue();
    }

    @Test
    void genericJoinsMatchTheNodeCategories() {
        assertThat(RelKind.WORKS_AT.toKinds()).isEqualTo(Set.copyOf(NodeKind.organizations()));
        assertThat(RelKind.WORKS_AT.fromKinds()).isEqualTo(Set.copyOf(NodeKind.people()));
        assertThat(RelKind.INFLUENCES.fromKinds()).isEqualTo(Set.copyOf(NodeKind.people()));
        assertThat(RelKind.INFLUENCES.toKinds()).isEqualTo(Set.copyOf(NodeKind.people()));
        assertThat(RelKind.AT.toKinds()).isEqualTo(Set.copyOf(NodeKind.organizations()));
    }

    @Test
    void joinsAreImmutable() {
        RelKind.Join j = RelKind.PART_OF.joins().getFirst();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> j.from().add(NodeKind.PRODUCT))
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RelKind.PART_OF.joins().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NodeKind.HOSPITAL.properties().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
