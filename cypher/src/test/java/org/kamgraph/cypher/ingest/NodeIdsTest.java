package org.kamgraph.cypher.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kamgraph.model.NodeKind;

/** Node ids of an import, packed: where each was first defined and whether it is a Clinician. */
class NodeIdsTest {

    @Test
    void npiIdsAndOtherIdsKeepTheirPositionAndKindPerIdSpace() {
        NodeIds ids = new NodeIds();
        ids.put(NodeKind.PERSON, "NPI-1100000011", 3, 4_000_000_000L, true);
        ids.put(NodeKind.PERSON, "PER-7", 0, 2, false);
        ids.put(NodeKind.HOSPITAL, "NPI-1100000011", 1, 9, false);

        long ada = ids.get(NodeKind.PERSON, "NPI-1100000011");
        assertThat(NodeIds.input(ada)).isEqualTo(3);
        assertThat(NodeIds.line(ada)).isEqualTo(4_000_000_000L);
        assertThat(NodeIds.clinician(ada)).isTrue();
        long per = ids.get(NodeKind.PERSON, "PER-7");
        assertThat(NodeIds.input(per)).isZero();
        assertThat(NodeIds.line(per)).isEqualTo(2);
        assertThat(NodeIds.clinician(per)).isFalse();
        assertThat(NodeIds.line(ids.get(NodeKind.HOSPITAL, "NPI-1100000011"))).isEqualTo(9);
        assertThat(ids.get(NodeKind.PERSON, "NPI-1100000029")).isEqualTo(NodeIds.ABSENT);
        assertThat(ids.get(NodeKind.PERSON, "NPI-110000001X")).isEqualTo(NodeIds.ABSENT);
        assertThat(ids.get(NodeKind.CLINIC, "PER-7")).isEqualTo(NodeIds.ABSENT);
    }
}
