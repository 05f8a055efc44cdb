package org.kamgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kamgraph.model.NodeKind;

class GraphVersionTest {

    @Test
    void remembersWhatEachWriteTouchedUntilTheLogIsFull() {
        GraphVersion v = new GraphVersion();
        assertThat(v.changesSince(0)).isEmpty();
        v.advance(GraphVersion.Change.node(NodeKind.CLINICIAN, "C-1"));
        v.advance(GraphVersion.Change.relationship(NodeKind.PERSON, "P-1", NodeKind.HOSPITAL, "H-1"));
        assertThat(v.current()).isEqualTo(2);
        assertThat(v.changesSince(0)).hasSize(2);
        assertThat(v.changesSince(0).getFirst().nodes()).containsExactly(GraphVersion.key(NodeKind.PERSON, "C-1"));
        assertThat(v.changesSince(1).getFirst().nodes()).hasSize(2);
        assertThat(v.changesSince(2)).isEmpty();
        for (int i = 0; i < GraphVersion.LOG_SIZE; i++) {
            v.advance(GraphVersion.Change.node(NodeKind.PERSON, "P-" + i));
        }
        assertThat(v.changesSince(1)).containsExactly(GraphVersion.Change.EVERYTHING);
        assertThat(v.changesSince(v.current() - 1)).hasSize(1);
    }
}
