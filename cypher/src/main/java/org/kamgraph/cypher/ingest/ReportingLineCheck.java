package org.kamgraph.cypher.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.ReportingLines;

/**
 * How imports and edits name the ends of REPORTS_TO lines for {@link ReportingLines}: people (Person and Clinician
 * share their ids) apart from team members; and how a stored line reads back from {@code reporting-lines.cypher}.
 */
public final class ReportingLineCheck {
    public static final String STATEMENT = "reporting-lines";

    private ReportingLineCheck() {
    }

    /** The key of a node that may report: its id space and id. */
    public static String key(NodeKind kind, String id) {
        return (kind == NodeKind.TEAM_MEMBER ? "TeamMember" : "Person") + ":" + id;
    }

    /** The id in a key, as messages show it. */
    public static String id(String key) {
        return key.substring(key.indexOf(':') + 1);
    }

    /** A line from {@code reporting-lines.cypher}'s row. */
    public static ReportingLines.Line line(Map<String, Object> row) {
        return new ReportingLines.Line(row.get("fromSpace") + ":" + row.get("fromId"), row.get("toSpace") + ":" + row.get("toId"),
                (LocalDate) row.get("validFrom"), (LocalDate) row.get("validTo"));
    }

    /** A cycle in words with plain ids. */
    public static String describe(ReportingLines.Cycle c) {
        List<String> ids = c.people().stream().map(ReportingLineCheck::id).toList();
        return new ReportingLines.Cycle(c.newLine(), c.line(), ids, c.on()).describe();
    }
}
