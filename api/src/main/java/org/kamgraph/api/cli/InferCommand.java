package org.kamgraph.api.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.kamgraph.api.influence.InfluenceInference;
import org.kamgraph.api.influence.InfluenceInference.InferenceReport;
import org.kamgraph.api.security.AuditLog;
import org.kamgraph.api.security.KamUser;
import org.kamgraph.cypher.DatabaseUnavailableException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code infer-influence [--as-of=YYYY-MM-DD] [--min-strength=0.05] [--territory=T] [--spring.neo4j.uri=...]}: infers
 * influence from the evidence in the configured database (the embedded store under kam.embedded.data-dir, which must
 * not be open in a running service, or an external one), as the inferInfluence mutation does (docs/INFERENCE.md).
 * Exit 0 when done, 2 on bad usage, 3 when the database is unavailable.
 */
public final class InferCommand {
    private InferCommand() {
    }

    /**
     * @param application the Spring application to start without its web server (the service's, passed in by its main)
     */
    public static int run(Class<?> application, String[] args) {
        List<String> springArgs = new ArrayList<>(List.of("--kam.demo.load=false", "--spring.main.banner-mode=off",
                "--logging.level.root=warn",
                "--logging.level.org.kamgraph.api.influence.InfluenceInference=info"));
        LocalDate asOf = null;
        Double minStrength = null;
        String territory = null;
        for (String a : args) {
            try {
                if (a.startsWith("--as-of=")) {
                    asOf = LocalDate.parse(a.substring("--as-of=".length()));
                } else if (a.startsWith("--min-strength=")) {
                    minStrength = Double.parseDouble(a.substring("--min-strength=".length()));
                } else if (a.startsWith("--territory=")) {
                    territory = a.substring("--territory=".length());
                } else if (a.startsWith("--")) {
                    springArgs.add(a);
                } else {
                    return usage("unexpected argument " + a);
                }
            } catch (DateTimeParseException e) {
                return usage("--as-of needs a date like 2025-06-30, got " + a);
            } catch (NumberFormatException e) {
                return usage("--min-strength needs a number in [0, 1], got " + a);
            }
        }
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).run(springArgs.toArray(String[]::new))) {
            InferenceReport report = ctx.getBean(InfluenceInference.class).run(asOf, minStrength, territory);
            System.out.print(report.summary());
            ctx.getBean(AuditLog.class).record(KamUser.commandLine(), "inferInfluence (command)", "asOf " + report.asOf()
                    + ", minStrength " + report.minStrength() + (territory == null ? "" : ", territory " + territory),
                    report.created() + " created, " + report.updated() + " updated, " + report.unchanged() + " unchanged, "
                            + report.ended() + " ended");
            return 0;
        } catch (org.kamgraph.cypher.BadInputException e) {
            return usage(e.getMessage());
        } catch (RuntimeException e) {
            if (!DatabaseUnavailableException.isUnavailability(e)) {
                throw e;
            }
            System.err.println("infer-influence: " + DatabaseUnavailableException.MESSAGE + " (" + e.getMessage()
                    + "). The batches written before stay; run it again to complete it (a re-run writes only what changed).");
            return 3;
        }
    }

    private static int usage(String problem) {
        System.err.println("infer-influence: " + problem);
        System.err.println("usage: infer-influence [--as-of=YYYY-MM-DD] [--min-strength=0.05] [--territory=T] [--spring.neo4j.uri=bolt://host:7687 ...]");
        return 2;
    }
}
