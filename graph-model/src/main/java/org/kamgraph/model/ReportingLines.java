package org.kamgraph.model;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One reporting-line direction: REPORTS_TO goes from the report to the manager, so on any day the lines valid that
 * day must form no cycle (nobody is, through a chain of managers, their own manager). Lines are effective-dated: A
 * reporting to B until 2024 and B reporting to A from 2025 is a promotion, not a cycle. A cycle exists on some day
 * exactly when it exists on the latest start day ({@code validFrom}) of its lines, so only start days are tried.
 *
 * <p>Lines already stored are taken as they are (a cycle among them alone is not blamed on new lines); each new line
 * replaces a stored one of the same identity (report, manager, validFrom) and is checked against everything
 * accepted before it, in order. A line that closes a cycle is reported and not accepted, so the next lines are
 * checked against a reporting structure without cycles.
 */
public final class ReportingLines {
    private ReportingLines() {
    }

    /**
     * A REPORTS_TO relationship: {@code report} reports to {@code manager} from {@code validFrom} (null: always) to
     * {@code validTo} (null: open). Ids are unique across the nodes that may report (the caller qualifies them).
     */
    public record Line(String report, String manager, LocalDate validFrom, LocalDate validTo) {
        public Line {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(manager, "manager");
        }

        boolean validOn(LocalDate day) {
            return (validFrom == null || (day != null && !validFrom.isAfter(day))) && (validTo == null || day == null || !validTo.isBefore(day));
        }

        boolean sameIdentity(Line o) {
            return report.equals(o.report) && manager.equals(o.manager) && Objects.equals(validFrom, o.validFrom);
        }
    }

    /**
     * A cycle the new line number {@code newLine} closes: {@code people} from its report, who reports to the next,
     * and so on back to the report (first and last equal), all valid together on {@code on} (null: lines with no
     * start day, valid from the start of time).
     */
    public record Cycle(int newLine, Line line, List<String> people, LocalDate on) {
        /** E.g. "A reports to B, B reports to C, C reports to A (all valid on 2025-01-01)". */
        public String describe() {
            List<String> steps = new ArrayList<>();
            for (int i = 0; i + 1 < people.size(); i++) {
                steps.add(people.get(i) + " reports to " + people.get(i + 1));
            }
            return "a reporting-line cycle: " + String.join(", ", steps) + " (all valid "
                    + (on == null ? "from the start, without start dates" : "on " + on) + ")";
        }
    }

    /** A chain found, and the day it holds on. */
    private record Found(List<String> people, LocalDate on) {
    }

    /** The cycles that {@code added} (in order) would close with {@code stored} and with each other. */
    public static List<Cycle> cycles(List<Line> stored, List<Line> added) {
        Map<String, List<Line>> up = new HashMap<>();
        for (Line l : stored) {
            if (added.stream().noneMatch(a -> a.sameIdentity(l))) {
                up.computeIfAbsent(l.report(), k -> new ArrayList<>()).add(l);
            }
        }
        List<Cycle> out = new ArrayList<>();
        for (int i = 0; i < added.size(); i++) {
            Line l = added.get(i);
            Found f = cycleThrough(l, up);
            if (f != null) {
                out.add(new Cycle(i, l, f.people(), f.on()));
            } else {
                up.computeIfAbsent(l.report(), k -> new ArrayList<>()).add(l);
            }
        }
        return out;
    }

    /**
     * The chain from the line's manager up to its report (so the line closes a cycle), on a day the line and the
     * chain are all valid, or null. Fast path: report not above the manager at all, whatever the days.
     */
    private static Found cycleThrough(Line l, Map<String, List<Line>> up) {
        if (l.report().equals(l.manager())) {
            return new Found(List.of(l.report(), l.manager()), l.validFrom());
        }
        Set<Line> reachable = new HashSet<>();
        if (!reaches(l.manager(), l.report(), up, reachable)) {
            return null;
        }
        TreeSet<LocalDate> days = new TreeSet<>();
        boolean openStart = l.validFrom() == null;
        if (l.validFrom() != null) {
            days.add(l.validFrom());
        }
        for (Line x : reachable) {
            if (x.validFrom() != null && l.validOn(x.validFrom())) {
                days.add(x.validFrom());
            }
        }
        if (openStart) {
            List<String> p = path(l.manager(), l.report(), up, null);
            if (p != null) {
                return new Found(withReport(l, p), null);
            }
        }
        for (LocalDate d : days) {
            List<String> p = path(l.manager(), l.report(), up, d);
            if (p != null) {
                return new Found(withReport(l, p), d);
            }
        }
        return null;
    }

    /** The new line's report, then the chain from its manager up to the report. */
    private static List<String> withReport(Line l, List<String> chain) {
        List<String> out = new ArrayList<>();
        out.add(l.report());
        out.addAll(chain);
        return out;
    }

    /** Whether {@code to} is up the chain from {@code from} (ignoring days), collecting the lines seen. */
    private static boolean reaches(String from, String to, Map<String, List<Line>> up, Set<Line> seenLines) {
        Deque<String> stack = new ArrayDeque<>(List.of(from));
        Set<String> seen = new HashSet<>(List.of(from));
        boolean found = false;
        while (!stack.isEmpty()) {
            String u = stack.pop();
            for (Line x : up.getOrDefault(u, List.of())) {
                seenLines.add(x);
                if (x.manager().equals(to)) {
                    found = true;
                }
                if (seen.add(x.manager())) {
                    stack.push(x.manager());
                }
            }
        }
        return found;
    }

    /**
     * The managers' chain from {@code from} up to {@code to} using lines valid on {@code day} (null: lines without a
     * start day, open at the start of time), as a list from {@code from} to {@code to}.
     */
    private static List<String> path(String from, String to, Map<String, List<Line>> up, LocalDate day) {
        Map<String, String> parent = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        parent.put(from, null);
        while (!queue.isEmpty()) {
            String u = queue.poll();
            for (Line x : up.getOrDefault(u, List.of())) {
                boolean valid = day == null ? x.validFrom() == null : x.validOn(day);
                if (!valid || parent.containsKey(x.manager())) {
                    continue;
                }
                parent.put(x.manager(), u);
                if (x.manager().equals(to)) {
                    List<String> chain = new ArrayList<>();
                    for (String v = to; v != null; v = parent.get(v)) {
                        chain.add(v);
                    }
                    Collections.reverse(chain);
                    return chain;
                }
                queue.add(x.manager());
            }
        }
        return null;
    }
}
