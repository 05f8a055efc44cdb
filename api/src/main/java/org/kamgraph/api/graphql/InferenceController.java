package org.kamgraph.api.graphql;

import java.time.LocalDate;
import org.kamgraph.api.influence.InfluenceInference;
import org.kamgraph.api.influence.InfluenceInference.InferenceReport;
import org.kamgraph.api.security.AuditLog;
import org.kamgraph.api.security.CurrentUser;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code inferInfluence}: influence inferred from evidence (docs/INFERENCE.md), recorded in the audit log. */
@Controller
public class InferenceController {
    private final InfluenceInference inference;
    private final AuditLog audit;

    public InferenceController(InfluenceInference inference, AuditLog audit) {
        this.inference = inference;
        this.audit = audit;
    }

    @MutationMapping
    public InferenceReport inferInfluence(@Argument LocalDate asOf, @Argument Double minStrength, @Argument String territory) {
        InferenceReport report = inference.run(asOf, minStrength, territory);
        audit.record(CurrentUser.get(), "inferInfluence", "asOf " + report.asOf() + ", minStrength " + report.minStrength()
                + (territory == null ? "" : ", territory " + territory), report.created() + " created, " + report.updated()
                + " updated, " + report.unchanged() + " unchanged, " + report.ended() + " ended");
        return report;
    }
}
