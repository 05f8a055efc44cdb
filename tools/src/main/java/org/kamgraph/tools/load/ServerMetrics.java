package org.kamgraph.tools.load;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service's heap in use and process CPU, polled once a second during a load run from
 * {@code /actuator/metrics/jvm.memory.used?tag=area:heap} and {@code /actuator/metrics/process.cpu.usage}.
 */
final class ServerMetrics {
    private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([-0-9.eE+]+)");
    private final GraphQlClient client;
    private volatile boolean stopped;
    private double max = Double.NaN;
    private double last = Double.NaN;
    private double cpuSum;
    private int cpuSamples;
    private int samples;
    private String problem;

    ServerMetrics(GraphQlClient client) {
        this.client = client;
    }

    void poll(long from, long until) {
        LoadRun.sleepUntil(from);
        try (HttpConnection conn = client.connect()) {
            poll(conn, until);
        }
    }

    private void poll(HttpConnection conn, long until) {
        while (!stopped) {
            Double heap = metric(conn, "jvm.memory.used?tag=area:heap");
            Double cpu = metric(conn, "process.cpu.usage");
            synchronized (this) {
                if (heap != null) {
                    samples++;
                    last = heap;
                    max = Double.isNaN(max) ? heap : Math.max(max, heap);
                }
                if (cpu != null) {
                    cpuSum += cpu;
                    cpuSamples++;
                }
            }
            if (System.nanoTime() >= until) {
                break;
            }
            LoadRun.sleepUntil(Math.min(until, System.nanoTime() + 1_000_000_000L));
        }
    }

    private Double metric(HttpConnection conn, String what) {
        try {
            int status = conn.exchange(client.get("/actuator/metrics/" + what));
            if (status != 200) {
                problem = "HTTP " + status + " from /actuator/metrics/" + what;
                return null;
            }
            Matcher m = VALUE.matcher(conn.bodyText(Integer.MAX_VALUE));
            return m.find() ? Double.parseDouble(m.group(1)) : null;
        } catch (IOException | RuntimeException e) {
            problem = e.toString();
            return null;
        }
    }

    void stop() {
        stopped = true;
    }

    synchronized String summary() {
        if (samples == 0) {
            return "server heap: not available (" + problem + ")";
        }
        String cpu = cpuSamples == 0 ? "" : String.format(Locale.ROOT, "; server process CPU %.0f%% of the machine (mean of %d samples)",
                100 * cpuSum / cpuSamples, cpuSamples);
        return String.format(Locale.ROOT, "server heap used: max %.0f MiB, end %.0f MiB (%d samples)%s", max / 1048576, last / 1048576,
                samples, cpu);
    }
}
