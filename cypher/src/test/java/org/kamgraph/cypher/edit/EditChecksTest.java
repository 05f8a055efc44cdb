package org.kamgraph.cypher.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.model.Violation;

class EditChecksTest {

    @Test
    void aRemovedValueIsNotPartOfTheRecord() {
        Map<String, Object> values = new HashMap<>();
        values.put("name", "Riverside");
        values.put("beds", null);

        assertThat(EditChecks.withoutNulls(values)).containsExactly(Map.entry("name", "Riverside"));
    }

    @Test
    void theFirstViolationNamesTheArgumentAndTheMessageHoldsThemAll() {
        List<Violation> two = List.of(new Violation("beds", "is negative"), new Violation(null, "ends before it starts"));

        assertThatThrownBy(() -> EditChecks.requireValid(two, "input", "input."))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.argument()).isEqualTo("input.beds"))
                .hasMessageContaining(two.get(0).toString()).hasMessageContaining("; " + two.get(1));
        assertThatThrownBy(() -> EditChecks.requireValid(two.subList(1, 2), "input", ""))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.argument()).isEqualTo("input"));
        assertThatCode(() -> EditChecks.requireValid(List.of(), "input", "")).doesNotThrowAnyException();
    }
}
