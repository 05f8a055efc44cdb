package org.kamgraph.readers.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kamgraph.model.Validator;
import org.kamgraph.readers.RecordingEmit;

/** Checks what a CRM format emitted against the model, as the import will (with the source and date it adds). */
public final class ModelRows {
    private ModelRows() {
    }

    public static RecordingEmit valid(RecordingEmit out, String source, LocalDate asOf) {
        for (RecordingEmit.Node n : out.nodes) {
            Map<String, Object> props = new LinkedHashMap<>(n.props());
            props.put("id", n.id());
            props.put("source", source);
            props.put("lastVerified", asOf);
            assertThat(Validator.validateNode(n.kind(), props)).as("%s %s", n.kind(), n.id()).isEmpty();
        }
        for (RecordingEmit.Rel r : out.relationships) {
            Map<String, Object> props = new LinkedHashMap<>(r.props());
            props.put("source", source);
            props.put("lastVerified", asOf);
            assertThat(Validator.validateRelationship(r.type(), r.from(), r.to(), props))
                    .as("%s %s->%s", r.type(), r.start(), r.end()).isEmpty();
        }
        return out;
    }
}
