package org.kamgraph.analytics.influence;

import java.util.ArrayList;
import java.util.List;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.influence.InfluenceViews.Hop;
import org.kamgraph.analytics.influence.InfluenceViews.ParallelInfluence;
import org.kamgraph.analytics.influence.InfluenceViews.StrengthSource;
import org.kamgraph.cypher.influence.InfluenceQueries;
import org.kamgraph.cypher.projection.Orientation;
import org.kamgraph.cypher.projection.ProjectionSpec;
import org.kamgraph.model.RelKind;

/**
 * Reads one hop of a chain back into the stored relationship behind it, so that what a hop shows is what the chain
 * used: the relationship must be of a projected kind, stored in the direction the projection reads that kind (e.g.
 * REPORTS_TO from the report to the manager, INFLUENCES from the influencer, SITS_ON from the member), and its
 * weight (stored strength, else the projection's default) must be the arc's. The hop then shows that weight and
 * whether it was STORED or the DEFAULT (named), so a chain's strength is always the product of its hops' strengths.
 */
public final class HopReading {
    /** The name of the default a hop without a stored strength gets: options.defaultStrength, 0.5 unless changed. */
    public static final String DEFAULT_NAME = "defaultStrength";

    private HopReading() {
    }

    public static Hop of(NodeSummary from, NodeSummary to, Step step, List<InfluenceQueries.Hop> stored, ProjectionSpec spec) {
        InfluenceQueries.Hop best = null;
        double bestGap = Double.POSITIVE_INFINITY;
        for (InfluenceQueries.Hop h : stored) {
            if (!readAsTheArc(h, step, spec)) {
                continue;
            }
            double gap = Math.abs(weight(h, spec) - step.weight());
            if (gap < bestGap) {
                best = h;
                bestGap = gap;
            }
        }
        if (best == null) {
            // The relationship ended or changed since the projection was loaded: the weight is still the one used.
            return new Hop(from, to, null, false, step.weight(), StrengthSource.PROJECTED, null, null, null, null,
                    "no stored relationship matches any more; the weight is the one the projection held", reportingLine(stored));
        }
        boolean storedAlongHop = best.fromA();
        boolean defaulted = best.strength() == null;
        NodeSummary start = storedAlongHop ? from : to;
        NodeSummary end = storedAlongHop ? to : from;
        return new Hop(from, to, best.kind(), !storedAlongHop, step.weight(), defaulted ? StrengthSource.DEFAULT : StrengthSource.STORED,
                defaulted ? DEFAULT_NAME : null, basis(best), best.source(), best.lastContact(),
                name(start) + " " + best.kind().type() + " " + name(end), reportingLine(stored), best.evidence(),
                parallel(best, step, stored, spec));
    }

    /**
     * The other INFLUENCES between the two that the projection reads as the same arc (e.g. an inferred edge beside a
     * user's): parallel edges stay parallel arcs in a projection, a chain follows the strongest, and the hop shows the
     * others beside it.
     */
    static List<ParallelInfluence> parallel(InfluenceQueries.Hop best, Step step, List<InfluenceQueries.Hop> stored, ProjectionSpec spec) {
        List<ParallelInfluence> out = new ArrayList<>();
        for (InfluenceQueries.Hop h : stored) {
            if (h != best && h.kind() == RelKind.INFLUENCES && readAsTheArc(h, step, spec)) {
                out.add(new ParallelInfluence(weight(h, spec), h.basis(), h.source(), h.evidence()));
            }
        }
        return out;
    }

    /**
     * How the hop runs along a reporting line between the two, whatever relationship carries it: MANAGER_TO_REPORT
     * when {@code to} reports to {@code from} (REPORTS_TO stored to → from), REPORT_TO_MANAGER when {@code from}
     * reports to {@code to}; null when neither reports to the other on the day. So an INFLUENCES hop with basis
     * reports_to says which way it goes, the same way a REPORTS_TO hop does.
     */
    static String reportingLine(List<InfluenceQueries.Hop> stored) {
        for (InfluenceQueries.Hop h : stored) {
            if (h.kind() == RelKind.REPORTS_TO) {
                return h.fromA() ? "REPORT_TO_MANAGER" : "MANAGER_TO_REPORT";
            }
        }
        return null;
    }

    /** Whether the projection turns {@code h} into the step's arc: its kind read as stored or reversed, as the spec says. */
    static boolean readAsTheArc(InfluenceQueries.Hop h, Step step, ProjectionSpec spec) {
        if (!spec.relKinds().contains(h.kind())) {
            return false;
        }
        if (spec.orientation() == Orientation.UNDIRECTED) {
            return true;
        }
        boolean storedAlongArc = h.fromA() != step.againstArc();
        return storedAlongArc != spec.reversed(h.kind());
    }

    static double weight(InfluenceQueries.Hop h, ProjectionSpec spec) {
        return h.strength() != null ? h.strength() : spec.defaultWeight();
    }

    /**
     * Why the hop exists: the stored basis of an INFLUENCES relationship; for the other kinds their own reason
     * (reports_to, the committee seat, the DMU role, deciding committee, coverage).
     */
    static String basis(InfluenceQueries.Hop h) {
        return switch (h.kind()) {
            case INFLUENCES -> h.basis();
            case REPORTS_TO -> "reports_to";
            case SITS_ON -> h.role() == null ? "committee_seat" : "committee_" + h.role();
            case IN_DMU -> h.role() == null ? "dmu_member" : "dmu_" + h.role();
            case DECIDES -> "deciding_committee";
            case COVERS -> "coverage";
            default -> h.basis();
        };
    }

    private static String name(NodeSummary n) {
        return (n.name() == null ? "" : n.name() + " ") + "(" + n.id() + ")";
    }

    /** For tests: a stored relationship of this kind, in this direction relative to the hop. */
    static InfluenceQueries.Hop stored(RelKind kind, boolean fromA, Double strength, String basis) {
        return new InfluenceQueries.Hop(kind, fromA, strength, basis, null, null, null);
    }
}
