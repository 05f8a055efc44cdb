package org.kamgraph.tools.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a load run measured, as the table the command prints: per query file and overall, requests, throughput,
 * p50/p95/p99/max latency and errors; then the server's heap and CPU, the machine's load average and the first errors.
 *
 * @param lines        one per query file, in the order given
 * @param seconds      the measured time
 * @param server       the server's heap and CPU, in a line
 * @param errorSamples the first few errors, "file: what"
 */
record LoadReport(List<Line> lines, double seconds, String server, String loadBefore, String loadAfter, List<String> errorSamples) {
    /** One query file's measured successes (sorted nanoseconds) and errors. */
    record Line(String name, long[] sorted, long errors) {
    }

    long errors() {
        return lines.stream().mapToLong(Line::errors).sum();
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-28s %9s %9s %8s %8s %8s %8s %7s%n", "query", "requests", "req/s", "p50 ms",
                "p95 ms", "p99 ms", "max ms", "errors"));
        List<long[]> all = new ArrayList<>();
        for (Line l : lines) {
            all.add(l.sorted());
            sb.append(line(l.name(), l.sorted(), l.errors()));
        }
        if (lines.size() > 1) {
            sb.append(line("all", Percentiles.merge(all), errors()));
        }
        sb.append(String.format(Locale.ROOT, "measured %.1f s; %s%n", seconds, server));
        sb.append("load average (1, 5, 15 min) at the start of the measurement: ").append(loadBefore)
                .append(", at the end: ").append(loadAfter).append('\n');
        if (!errorSamples.isEmpty()) {
            sb.append("first errors:\n");
            errorSamples.forEach(e -> sb.append("  ").append(e).append('\n'));
        }
        sb.append(errors() == 0 ? "errors: none" : "errors: " + errors());
        return sb.toString();
    }

    private String line(String name, long[] sorted, long errors) {
        return String.format(Locale.ROOT, "%-28s %9d %9.1f %8.1f %8.1f %8.1f %8.1f %7d%n", name, sorted.length,
                sorted.length / seconds, Percentiles.millis(sorted, 50), Percentiles.millis(sorted, 95), Percentiles.millis(sorted, 99),
                Percentiles.millis(sorted, 100), errors);
    }
}
