package org.kamgraph.cypher.ingest.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamgraph.model.NodeKind;
import org.kamgraph.readers.Identities;
import org.kamgraph.readers.Identities.Ref;

/** A run's identities: the first file of each node, and each file seeing only the nodes of the files before it. */
class RunIdentitiesTest {

    @Test
    void theFirstFileOfANodeIsKeptWhateverItsIdAndKind() {
        RunIdentities ids = new RunIdentities();
        assertThat(ids.record(2, NodeKind.CLINICIAN, "NPI-1100000011")).isEqualTo(2);
        assertThat(ids.record(5, NodeKind.CLINICIAN, "NPI-1100000011")).isEqualTo(2);
        assertThat(ids.record(3, NodeKind.HOSPITAL, "NPI-1100000011")).isEqualTo(3); // another kind: another node
        assertThat(ids.record(0, NodeKind.HOSPITAL, "CCN-430027")).isZero();
        assertThat(ids.record(1, NodeKind.HOSPITAL, "CCN-430027")).isZero();

        assertThat(ids.firstFile(NodeKind.CLINICIAN, "NPI-1100000011")).isEqualTo(2);
        assertThat(ids.firstFile(NodeKind.HOSPITAL, "NPI-1100000011")).isEqualTo(3);
        assertThat(ids.firstFile(NodeKind.HOSPITAL, "CCN-430027")).isZero();
        assertThat(ids.firstFile(NodeKind.CLINICIAN, "NPI-1100000029")).isEqualTo(Integer.MAX_VALUE);
        assertThat(ids.firstFile(NodeKind.CLINICIAN, "NPI-110000002X")).isEqualTo(Integer.MAX_VALUE);
    }

    /** NPPES in file 0, a CRM in file 1: the CRM file finds NPPES's clinicians and organizations, NPPES finds none. */
    @Test
    void aFileResolvesOnlyTheNodesOfTheFilesBeforeIt() {
        RunIdentities ids = new RunIdentities();
        node(ids, 0, NodeKind.CLINICIAN, "NPI-1100000011", Map.of("npi", "1100000011"));
        node(ids, 0, NodeKind.PHARMACY, "NPI-1300000027", Map.of("npi", "1300000027"));
        node(ids, 0, NodeKind.HOSPITAL, "CCN-430027", Map.of("npi", "1821017880", "ccn", "430027"));
        node(ids, 1, NodeKind.CLINICIAN, "VEEVA-001B", Map.of("npi", "1100000029"));

        Identities nppes = ids.view(0);
        assertThat(nppes.clinician("1100000011")).isNull();
        assertThat(nppes.organizationByNpi("1300000027")).isNull();

        Identities crm = ids.view(1);
        assertThat(crm.clinician("1100000011")).isEqualTo(new Ref(NodeKind.CLINICIAN, "NPI-1100000011"));
        assertThat(crm.organizationByNpi("1300000027")).isEqualTo(new Ref(NodeKind.PHARMACY, "NPI-1300000027"));
        assertThat(crm.organizationByNpi("1821017880")).isEqualTo(new Ref(NodeKind.HOSPITAL, "CCN-430027"));
        assertThat(crm.hospitalByCcn("430027")).isEqualTo(new Ref(NodeKind.HOSPITAL, "CCN-430027"));
        assertThat(crm.clinician("1100000029")).isNull();

        assertThat(ids.view(2).clinician("1100000029")).isEqualTo(new Ref(NodeKind.CLINICIAN, "VEEVA-001B"));
        assertThat(ids.all.sizes()).startsWith("2 clinicians, 2 organizations");
    }

    /** A Person (not a Clinician) with an NPI id is no clinician; a node fed before any file recorded it is seen by none. */
    @Test
    void onlyConventionalCliniciansAreCliniciansByNpi() {
        RunIdentities ids = new RunIdentities();
        node(ids, 0, NodeKind.PERSON, "NPI-1100000037", Map.of("npi", "1100000037"));
        ids.feed(NodeKind.CLINICIAN, "NPI-1100000045", Map.of("npi", "1100000045"));

        assertThat(ids.view(1).clinician("1100000037")).isEqualTo(new Ref(NodeKind.PERSON, "NPI-1100000037"));
        assertThat(ids.view(1).clinician("1100000045")).isNull();
        assertThat(ids.firstFile(NodeKind.CLINICIAN, "NPI-1100000045")).isEqualTo(Integer.MAX_VALUE);
        assertThat(ids.record(3, NodeKind.CLINICIAN, "NPI-1100000045")).isEqualTo(3);
        assertThat(ids.view(4).clinician("1100000045")).isEqualTo(new Ref(NodeKind.CLINICIAN, "NPI-1100000045"));
    }

    /** Sized for the registry: 2 million NPI clinicians in one map of 12-byte slots. */
    @Test
    void millionsOfNpiNodesTakeOneEntryEach() {
        RunIdentities ids = new RunIdentities();
        for (int i = 0; i < 2_000_000; i++) {
            String npi = Long.toString(1_100_000_000L + i);
            node(ids, i % 3, NodeKind.CLINICIAN, "NPI-" + npi, Map.of("npi", npi));
        }
        assertThat(ids.view(3).clinician("1100000007")).isEqualTo(new Ref(NodeKind.CLINICIAN, "NPI-1100000007"));
        assertThat(ids.view(1).clinician("1100000007")).isNull(); // file 1 emitted it
        assertThat(ids.footprint()).isLessThan(2_000_000 * 12L * 2);
    }

    private static void node(RunIdentities ids, int file, NodeKind kind, String id, Map<String, Object> props) {
        ids.record(file, kind, id);
        ids.feed(kind, id, props);
    }
}
