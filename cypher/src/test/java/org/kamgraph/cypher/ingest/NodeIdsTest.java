package org.kamgraph.cypher.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kamgraph.model.NodeKind;

/** Node ids of an import in one structure: id -> node number, Clinician flag, and where it was first defined. */
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

    /** Numbers are given in order, 0, 1, 2, ...: for a new store they are the node ids, with no gaps. */
    @Test
    void eachIdGetsTheNextNumberAndItsEntryTellsClinicians() {
        NodeIds ids = new NodeIds();
        assertThat(ids.put(NodeKind.PERSON, "NPI-1100000011", 0, 2, true)).isZero();
        assertThat(ids.put(NodeKind.HOSPITAL, "CCN-430027", 1, 2, false)).isEqualTo(1);
        assertThat(ids.put(NodeKind.PERSON, "VEEVA-001A", 2, 5, false)).isEqualTo(2);

        int ada = ids.find(NodeKind.PERSON, "NPI-1100000011");
        assertThat(NodeIds.entryNumber(ada)).isZero();
        assertThat(NodeIds.entryClinician(ada)).isTrue();
        int veeva = ids.find(NodeKind.PERSON, "VEEVA-001A");
        assertThat(NodeIds.entryNumber(veeva)).isEqualTo(2);
        assertThat(NodeIds.entryClinician(veeva)).isFalse();
        assertThat(NodeIds.line(ids.where(veeva))).isEqualTo(5);
        assertThat(ids.find(NodeKind.HOSPITAL, "CCN-430028")).isNegative();
        assertThat(ids.size()).isEqualTo(3);
    }

    /** Past the first chunk of the side array (a million) every id keeps its number and position. */
    @Test
    void millionsOfNpiIdsAreAllFound() {
        NodeIds ids = new NodeIds();
        int n = 1_500_000;
        for (int i = 0; i < n; i++) {
            assertThat(ids.put(NodeKind.PERSON, "NPI-1" + String.format("%09d", i), i % 7, i + 2L, i % 2 == 0)).isEqualTo(i);
        }
        for (int i = 0; i < n; i += 7919) {
            int entry = ids.find(NodeKind.PERSON, "NPI-1" + String.format("%09d", i));
            assertThat(NodeIds.entryNumber(entry)).isEqualTo(i);
            assertThat(NodeIds.entryClinician(entry)).isEqualTo(i % 2 == 0);
            assertThat(NodeIds.input(ids.where(entry))).isEqualTo(i % 7);
            assertThat(NodeIds.line(ids.where(entry))).isEqualTo(i + 2L);
        }
        assertThat(ids.find(NodeKind.PERSON, "NPI-2000000000")).isNegative();
        assertThat(ids.footprint()).isLessThan(n * 24L); // 10-15 bytes an id in the table (by its fill), 8 in the side array (by chunks of a million)
    }
}
