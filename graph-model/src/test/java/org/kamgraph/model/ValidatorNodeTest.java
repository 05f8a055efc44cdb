package org.kamgraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValidatorNodeTest {

    private static Map<String, Object> hospital(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "H1");
        m.put("name", "St. Mary's Hospital");
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static List<Violation> validate(NodeKind kind, Map<String, ?> props) {
        return Validator.validateNode(kind, props);
    }

    @Test
    void fullyPopulatedHospitalIsValid() {
        Map<String, Object> h = hospital("validFrom", LocalDate.of(2020, 1, 1), "validTo", LocalDate.of(2030, 12, 31),
                "source", "AHRQ compendium 2023", "lastVerified", LocalDate.of(2024, 6, 1), "city", "Boston",
                "region", "MA", "country", "US", "territory", "Northeast", "beds", 450L, "ccn", "220077",
                "npi", "1234567893", "teaching", true);
        assertThat(validate(NodeKind.HOSPITAL, h)).isEmpty();
    }

    @Test
    void integerIsAcceptedForWholeNumbers() {
        assertThat(validate(NodeKind.HOSPITAL, hospital("beds", 450))).isEmpty();
    }

    @Test
    void missingIdAndNameAreReported() {
        assertThat(validate(NodeKind.HOSPITAL, Map.of())).containsExactlyInAnyOrder(
                new Violation("id", "is required for Hospital"),
                new Violation("name", "is required for Hospital"));
    }

    @Test
    void nullCountsAsMissing() {
        Map<String, Object> m = new HashMap<>();
        m.put("id", null);
        m.put("name", "Dr. Who");
        m.put("title", null);
        assertThat(validate(NodeKind.PERSON, m)).containsExactly(new Violation("id", "is required for Person"));
    }

    @Test
    void kindSpecificRequiredPropertiesAreReported() {
        assertThat(validate(NodeKind.TEAM_MEMBER, Map.of("id", "T1", "name", "Ann")))
                .containsExactly(new Violation("role", "is required for TeamMember"));
        assertThat(validate(NodeKind.PRODUCT, Map.of("id", "P1", "name", "Oncozol")))
                .containsExactly(new Violation("therapeuticArea", "is required for Product"));
        assertThat(validate(NodeKind.TEAM_MEMBER, Map.of("id", "T1", "name", "Ann", "role", "kam"))).isEmpty();
        assertThat(validate(NodeKind.MILESTONE, Map.of("id", "M1", "name", "Protocol agreed")))
                .containsExactly(new Violation("dueDate", "is required for Milestone"));
    }

    @ParameterizedTest
    @EnumSource(value = NodeKind.class, names = {"TEAM_MEMBER", "PRODUCT", "MILESTONE"}, mode = EnumSource.Mode.EXCLUDE)
    void idAndNameSufficeForTheOtherKinds(NodeKind kind) {
        assertThat(validate(kind, Map.of("id", "X-1", "name", "Something"))).isEmpty();
    }

    @Test
    void unknownPropertyListsTheKnownOnes() {
        assertThat(validate(NodeKind.HOSPITAL, hospital("colour", "blue"))).containsExactly(new Violation("colour",
                "is not a property of Hospital; known: id, name, validFrom, validTo, source, lastVerified, aliases, endedBy, "
                        + "city, region, country, territory, beds, ccn, npi, teaching, taxonomy, hospitalType, ownership"));
        assertThat(validate(NodeKind.PERSON, Map.of("id", "P1", "name", "Jo", "npi", "1234567893")))
                .containsExactly(new Violation("npi", "is not a property of Person; known: id, name, validFrom, "
                        + "validTo, source, lastVerified, aliases, endedBy, title, personRole, region, territory"));
    }

    @Test
    void propertyNamesAreCaseSensitive() {
        assertThat(validate(NodeKind.HOSPITAL, hospital("Beds", 10L)))
                .extracting(Violation::property).containsExactly("Beds");
    }

    @Test
    void wrongTypesAreReported() {
        assertThat(validate(NodeKind.HOSPITAL, hospital("beds", "450", "teaching", "yes",
                "validFrom", "2024-01-01", "ccn", 220077L))).containsExactlyInAnyOrder(
                new Violation("beds", "expected long but found String"),
                new Violation("teaching", "expected boolean but found String"),
                new Violation("validFrom", "expected date but found String"),
                new Violation("ccn", "expected string but found Long"));
        assertThat(validate(NodeKind.HOSPITAL, hospital("beds", 450.0)))
                .containsExactly(new Violation("beds", "expected long but found Double"));
    }

    @Test
    void wrongTypeOfIdIsReportedOnce() {
        assertThat(validate(NodeKind.HOSPITAL, Map.of("id", 17L, "name", "H")))
                .containsExactly(new Violation("id", "expected string but found Long"));
    }

    @Test
    void outOfRangeValuesAreReported() {
        assertThat(validate(NodeKind.HOSPITAL, hospital("beds", -1L)))
                .containsExactly(new Violation("beds", "-1 is outside the range 0..100000"));
        assertThat(validate(NodeKind.HOSPITAL, hospital("beds", 100_001L)))
                .containsExactly(new Violation("beds", "100001 is outside the range 0..100000"));
        assertThat(validate(NodeKind.PAYER, Map.of("id", "PY", "name", "Aetna", "livesCovered", 2_000_000_000L)))
                .containsExactly(new Violation("livesCovered", "2000000000 is outside the range 0..1000000000"));
    }

    @Test
    void enumeratedValuesAreChecked() {
        assertThat(validate(NodeKind.PHARMACY, Map.of("id", "PH", "name", "CVS 123", "pharmacyType", "drugstore")))
                .containsExactly(new Violation("pharmacyType",
                        "'drugstore' is not one of [retail, specialty, hospital, mail_order]"));
        assertThat(validate(NodeKind.PHARMACY, Map.of("id", "PH", "name", "CVS 123", "pharmacyType", "mail_order")))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t", "\n"})
    void blankIdIsReported(String id) {
        assertThat(validate(NodeKind.HOSPITAL, Map.of("id", id, "name", "H")))
                .containsExactly(new Violation("id", "is blank"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"H\u00001", "H\t1", "H\n1", "H\r1", "H1\u001b", "H\u007f1", "H\u00851"})
    void idWithControlCharactersIsReported(String id) {
        assertThat(validate(NodeKind.HOSPITAL, Map.of("id", id, "name", "H")))
                .containsExactly(new Violation("id", "contains control characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {" H1", "H1 ", " H1 "})
    void idWithSurroundingWhiteSpaceIsReported(String id) {
        assertThat(validate(NodeKind.HOSPITAL, Map.of("id", id, "name", "H")))
                .containsExactly(new Violation("id", "has leading or trailing white space"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"H1", "NPI:1234567893", "a b c", "Hôpital-Européen_Georges Pompidou/7", "x"})
    void ordinaryIdsPass(String id) {
        assertThat(validate(NodeKind.HOSPITAL, Map.of("id", id, "name", "H"))).isEmpty();
    }

    @Test
    void idLengthIsLimited() {
        assertThat(Validator.MAX_ID_LENGTH).isEqualTo(200);
        assertThat(validate(NodeKind.HOSPITAL, Map.of("id", "a".repeat(200), "name", "H"))).isEmpty();
        assertThat(validate(NodeKind.HOSPITAL, Map.of("id", "a".repeat(201), "name", "H")))
                .containsExactly(new Violation("id", "is 201 characters long; at most 200 are allowed"));
    }

    @Test
    void blankNameIsReported() {
        assertThat(validate(NodeKind.CLINICIAN, Map.of("id", "C1", "name", "  ")))
                .containsExactly(new Violation("name", "is blank"));
    }

    @Test
    void tooLongStringsAreReported() {
        assertThat(validate(NodeKind.HOSPITAL, hospital("city", "c".repeat(4_000)))).isEmpty();
        assertThat(validate(NodeKind.HOSPITAL, hospital("city", "c".repeat(4_001))))
                .containsExactly(new Violation("city", "is 4001 characters long; at most 4000 are allowed"));
        assertThat(validate(NodeKind.HOSPITAL, Map.of("id", "H1", "name", "n".repeat(10_000))))
                .containsExactly(new Violation("name", "is 10000 characters long; at most 4000 are allowed"));
    }

    @Test
    void validToBeforeValidFromIsReported() {
        assertThat(validate(NodeKind.HOSPITAL, hospital("validFrom", LocalDate.of(2024, 1, 1),
                "validTo", LocalDate.of(2023, 12, 31))))
                .containsExactly(new Violation("validTo", "2023-12-31 is before validFrom 2024-01-01"));
    }

    @Test
    void validityOfOneDayOrOpenEndedIsFine() {
        LocalDate d = LocalDate.of(2024, 1, 1);
        assertThat(validate(NodeKind.HOSPITAL, hospital("validFrom", d, "validTo", d))).isEmpty();
        assertThat(validate(NodeKind.HOSPITAL, hospital("validTo", d))).isEmpty();
        assertThat(validate(NodeKind.HOSPITAL, hospital("validFrom", d))).isEmpty();
    }

    @Test
    void badNpiIsReported() {
        assertThat(validate(NodeKind.CLINICIAN, Map.of("id", "C1", "name", "Dr. A", "npi", "1234567890")))
                .containsExactly(new Violation("npi",
                        "'1234567890' is not a valid NPI (10 digits with a Luhn check digit)"));
        assertThat(validate(NodeKind.PHARMACY, Map.of("id", "PH", "name", "P", "npi", "123456789")))
                .containsExactly(new Violation("npi",
                        "'123456789' is not a valid NPI (10 digits with a Luhn check digit)"));
        assertThat(validate(NodeKind.CLINICIAN, Map.of("id", "C1", "name", "Dr. A", "npi", "1234567893"))).isEmpty();
        assertThat(validate(NodeKind.CLINIC, Map.of("id", "K1", "name", "K", "npi", "2748593011"))).isEmpty();
    }

    @Test
    void severalProblemsAreAllReported() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", " C1");
        m.put("npi", "12");
        m.put("profession", "surgeon");
        m.put("shoeSize", 44L);
        m.put("validFrom", LocalDate.of(2024, 1, 2));
        m.put("validTo", LocalDate.of(2024, 1, 1));
        assertThat(validate(NodeKind.CLINICIAN, m)).extracting(Violation::property)
                .containsExactlyInAnyOrder("id", "npi", "profession", "shoeSize", "validTo", "name");
    }

    @Test
    void kindsWithExtraRequiredProperties() {
        Set<NodeKind> withExtra = EnumSet.noneOf(NodeKind.class);
        for (NodeKind k : NodeKind.values()) {
            if (k.properties().values().stream().filter(PropertySpec::required).count() > 2) {
                withExtra.add(k);
            }
        }
        assertThat(withExtra).containsExactlyInAnyOrder(NodeKind.TEAM_MEMBER, NodeKind.PRODUCT, NodeKind.MILESTONE);
    }

    @Test
    void violationToString() {
        assertThat(new Violation("id", "is blank")).hasToString("id: is blank");
        assertThat(new Violation(null, "whole record")).hasToString("whole record");
    }
}
