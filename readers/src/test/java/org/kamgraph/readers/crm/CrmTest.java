package org.kamgraph.readers.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kamgraph.model.NodeKind;

class CrmTest {

    @Test
    void veevaRecordTypesNameTheirKinds() {
        Map<String, NodeKind> expected = new LinkedHashMap<>();
        expected.put("Hospital_vod", NodeKind.HOSPITAL);
        expected.put("Institution_vod", NodeKind.HOSPITAL);
        expected.put("HospitalDepartment_vod", NodeKind.DEPARTMENT);
        expected.put("Practice_vod", NodeKind.CLINIC);
        expected.put("Organization_vod", NodeKind.CLINIC);
        expected.put("Pharmacy_vod", NodeKind.PHARMACY);
        expected.put("Board_vod", NodeKind.COMMITTEE);
        expected.put("MCO_vod", NodeKind.PAYER);
        expected.put("MCOPlan_vod", NodeKind.PAYER);
        expected.put("Wholesaler_vod", NodeKind.WHOLESALER);
        expected.put("Distributor_vod", NodeKind.WHOLESALER);
        expected.put("Distributor_Branch_vod", NodeKind.WHOLESALER);
        expected.put("Government_Agency_vod", NodeKind.HEALTH_AUTHORITY);
        expected.put("IDN", NodeKind.IDN);
        expected.put("Health System", NodeKind.IDN);
        expected.put("P&T Committee", NodeKind.COMMITTEE);
        expected.put("PBM", NodeKind.PBM);
        expected.put("ACO", NodeKind.ACO);
        expected.forEach((type, kind) -> assertThat(Crm.organizationKind(type)).as(type).contains(kind));
        for (String unmodelled : new String[] {"Employer_vod", "Laboratory_vod", "ExtendedCare_vod", "Publication_vod",
                "Kidney Center", ""}) {
            assertThat(Crm.organizationKind(unmodelled)).as(unmodelled).isEqualTo(Optional.empty());
        }
    }

    @Test
    void personRecordTypes() {
        assertThat(Crm.personRecordType("Professional_vod")).isTrue();
        assertThat(Crm.personRecordType("Business_Professional_vod")).isTrue();
        assertThat(Crm.personRecordType("KOL_vod")).isTrue();
        assertThat(Crm.personRecordType("Hospital_vod")).isFalse();
    }

    @Test
    void titlesNameTeamRoles() {
        assertThat(Crm.teamRole("Key Account Manager")).contains("kam");
        assertThat(Crm.teamRole("KAM - Plains")).contains("kam");
        assertThat(Crm.teamRole("Medical Science Liaison")).contains("msl");
        assertThat(Crm.teamRole("Oncology Nurse Educator")).contains("nurse_navigator");
        assertThat(Crm.teamRole("Market Access Manager")).contains("market_access");
        assertThat(Crm.teamRole("Oncology Sales Representative")).contains("rep");
        assertThat(Crm.teamRole("System Administrator")).isEmpty();
    }

    @Test
    void checkboxesAndDatesAsExported() {
        assertThat(Crm.flag("true")).isTrue();
        assertThat(Crm.flag("FALSE")).isFalse();
        assertThat(Crm.flag("1")).isTrue();
        assertThat(Crm.flag("")).isNull();
        assertThat(Crm.date("2025-05-02")).isEqualTo(LocalDate.of(2025, 5, 2));
        assertThat(Crm.date("2025-05-02T15:00:00.000Z")).isEqualTo(LocalDate.of(2025, 5, 2));
        assertThatThrownBy(() -> Crm.date("05/02/2025")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void committeeTypesAndProfessions() {
        assertThat(Crm.committeeType("SANFORD USD P&T COMMITTEE")).isEqualTo("p_and_t");
        assertThat(Crm.committeeType("Value Analysis Committee")).isEqualTo("value_analysis");
        assertThat(Crm.committeeType("Formulary Subcommittee")).isEqualTo("formulary");
        assertThat(Crm.committeeType("Ethics Board")).isEqualTo("other");
        assertThat(Crm.profession("M.D.")).isEqualTo("physician");
        assertThat(Crm.profession("PharmD")).isEqualTo("pharmacist");
        assertThat(Crm.profession("PhD")).isNull();
    }
}
