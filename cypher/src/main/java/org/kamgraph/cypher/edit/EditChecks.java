package org.kamgraph.cypher.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.model.Violation;

/** What every edit (of a node, a relationship or an initiative) checks before it writes, with the model's rules. */
public final class EditChecks {
    private EditChecks() {
    }

    /** The values without the removed ones (null): what the record holds once the edit is done. */
    public static Map<String, Object> withoutNulls(Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    /**
     * Refuses the edit when the model finds violations: all of them in the message, the argument named after the
     * first one's property ({@code prefix + property}), or {@code whole} when it concerns the whole record.
     */
    public static void requireValid(List<Violation> violations, String whole, String prefix) {
        if (!violations.isEmpty()) {
            Violation first = violations.getFirst();
            throw new BadInputException(first.property() == null ? whole : prefix + first.property(),
                    String.join("; ", violations.stream().map(Violation::toString).toList()));
        }
    }
}
