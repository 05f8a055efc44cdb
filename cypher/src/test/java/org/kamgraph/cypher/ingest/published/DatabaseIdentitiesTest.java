package org.kamgraph.cypher.ingest.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.kamgraph.model.NodeKind;
import org.kamgraph.readers.Identities.ProductMatch;
import org.kamgraph.readers.Identities.Ref;
import org.junit.jupiter.api.Test;

/** The identities' matching rules, fed by hand as the database statements feed them. */
class DatabaseIdentitiesTest {

    @Test
    void cliniciansByNpiWhateverTheirId() {
        DatabaseIdentities ids = DatabaseIdentities.empty();
        ids.person("NPI-1100000011", "1100000011", true);
        ids.person("CL-7", "1100000029", true);
        ids.person("P-1", "1100000037", false);

        assertThat(ids.clinician("1100000011")).isEqualTo(new Ref(NodeKind.CLINICIAN, "NPI-1100000011"));
        assertThat(ids.clinician(" 1100000029 ")).isEqualTo(new Ref(NodeKind.CLINICIAN, "CL-7"));
        assertThat(ids.clinician("1100000037")).isEqualTo(new Ref(NodeKind.PERSON, "P-1"));
        assertThat(ids.clinician("1100000045")).isNull();
        assertThat(ids.clinician("abc")).isNull();
    }

    @Test
    void organizationsByNpiHospitalsByCcnAndKindFromLabels() {
        DatabaseIdentities ids = DatabaseIdentities.empty();
        ids.organization("CCN-430027", "1821017880", DatabaseIdentities.kindOf(List.of("Organization", "Hospital", "Account")));
        ids.organization("NPI-1300000027", "1300000027", NodeKind.PHARMACY);
        ids.hospital("CCN-430027", "430027");

        assertThat(ids.organizationByNpi("1821017880")).isEqualTo(new Ref(NodeKind.HOSPITAL, "CCN-430027"));
        assertThat(ids.organizationByNpi("1300000027")).isEqualTo(new Ref(NodeKind.PHARMACY, "NPI-1300000027"));
        assertThat(ids.hospitalByCcn("430027")).isEqualTo(new Ref(NodeKind.HOSPITAL, "CCN-430027"));
        assertThat(DatabaseIdentities.kindOf(List.of("Person", "Clinician"))).isEqualTo(NodeKind.CLINICIAN);
    }

    @Test
    void productsByNormalisedNameGenericNameAndRxcuiWithAmbiguity() {
        DatabaseIdentities ids = DatabaseIdentities.empty();
        ids.product("PRD-VRZ", "VERZENIO", "abemaciclib", "1946840");
        ids.product("PRD-IBR", "Ibrance", "palbociclib", "1601380;1601381");
        ids.product("PRD-X1", "Twin", "sharedgeneric", null);
        ids.product("PRD-X2", "Twin-2", "Shared Generic", null);

        assertThat(ids.product("Verzenio", null)).isEqualTo(new ProductMatch("PRD-VRZ", 1));
        assertThat(ids.product("NOT A BRAND", "Abemaciclib")).isEqualTo(new ProductMatch("PRD-VRZ", 1));
        assertThat(ids.product("ELIQUIS", "apixaban")).isEqualTo(ProductMatch.NONE);
        assertThat(ids.product(null, "shared-generic").candidates()).isEqualTo(2);
        assertThat(ids.productByRxcui("1601381")).isEqualTo(new ProductMatch("PRD-IBR", 1));
        assertThat(DatabaseIdentities.key("Eliquis 5 MG")).isEqualTo("eliquis5mg");
    }

    @Test
    void aliasesSplitOnSemicolonsAndSharedAliasesListEveryNode() {
        DatabaseIdentities ids = DatabaseIdentities.empty();
        ids.aliases("NPI-1100000011", "veeva:001A;salesforce:003B", NodeKind.CLINICIAN);
        ids.aliases("PAY-2", "cms-formulary:00025123", NodeKind.PAYER);
        ids.aliases("PAY-1", "cms-formulary:00025123", NodeKind.PAYER);
        ids.organizationName("AHRQ-1", "Sanford Health", NodeKind.IDN);
        ids.organizationName("AHRQ-2", "Avera Health", NodeKind.IDN);
        ids.organizationName("CCN-9", "AVERA HEALTH", NodeKind.HOSPITAL);

        assertThat(ids.byAlias("salesforce:003B")).isEqualTo(new Ref(NodeKind.CLINICIAN, "NPI-1100000011"));
        assertThat(ids.allByAlias("cms-formulary:00025123")).extracting(Ref::id).containsExactly("PAY-1", "PAY-2");
        assertThat(ids.organizationByName("SANFORD HEALTH")).isEqualTo(new Ref(NodeKind.IDN, "AHRQ-1"));
        assertThat(ids.organizationByName("Avera Health")).isNull();
    }
}
