package org.kamgraph.analytics.keyaccounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.InitiativeRollup;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.InitiativeView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.MilestoneView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.Progress;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.StatusCount;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.InitiativeRow;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.MilestoneRow;
import org.kamgraph.model.NodeKind;

/**
 * Initiative views and progress roll-ups. A milestone is overdue when it is neither done nor cancelled and its due
 * date has passed (status missed counts as overdue too); progress is done / (milestones - cancelled).
 */
public final class Initiatives {
    private Initiatives() {
    }

    public static InitiativeView view(InitiativeRow r, LocalDate asOf) {
        List<MilestoneView> ms = r.milestones().stream().map(m -> milestone(m, asOf)).toList();
        MilestoneView next = ms.stream().filter(m -> !"done".equals(m.status()) && !"cancelled".equals(m.status())).findFirst().orElse(null);
        return new InitiativeView(r.id(), r.name(), r.initiativeType(), r.status(), r.startDate(), r.endDate(),
                r.at() == null ? null : new NodeSummary(r.at().id(), r.at().kind(), r.at().name()),
                r.owners().stream().map(o -> new NodeSummary(o.id(), NodeKind.TEAM_MEMBER, o.name())).toList(),
                r.stakeholders().stream().map(p -> new NodeSummary(p.id(), p.kind(), p.name())).toList(),
                r.products().stream().map(p -> new NodeSummary(p.id(), NodeKind.PRODUCT, p.name())).toList(),
                ms, progress(ms), next);
    }

    static MilestoneView milestone(MilestoneRow m, LocalDate asOf) {
        boolean open = !"done".equals(m.status()) && !"cancelled".equals(m.status());
        boolean overdue = open && ("missed".equals(m.status()) || (m.dueDate() != null && m.dueDate().isBefore(asOf)));
        return new MilestoneView(m.id(), m.name(), m.dueDate(), m.status() == null ? "planned" : m.status(), m.completedDate(),
                m.description(), overdue);
    }

    static Progress progress(List<MilestoneView> ms) {
        int done = 0;
        int overdue = 0;
        int cancelled = 0;
        for (MilestoneView m : ms) {
            if ("done".equals(m.status())) {
                done++;
            }
            if ("cancelled".equals(m.status())) {
                cancelled++;
            }
            if (m.overdue()) {
                overdue++;
            }
        }
        int counted = ms.size() - cancelled;
        return new Progress(ms.size(), done, overdue, cancelled, counted == 0 ? 0 : (double) done / counted);
    }

    public static InitiativeRollup rollup(List<InitiativeView> initiatives) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (String s : List.of("planned", "active", "completed", "stopped")) {
            byStatus.put(s, 0);
        }
        List<MilestoneView> all = new ArrayList<>();
        for (InitiativeView i : initiatives) {
            byStatus.merge(i.status() == null ? "unknown" : i.status(), 1, Integer::sum);
            all.addAll(i.milestones());
        }
        return new InitiativeRollup(initiatives.size(), byStatus.entrySet().stream().map(e -> new StatusCount(e.getKey(), e.getValue())).toList(),
                progress(all));
    }
}
