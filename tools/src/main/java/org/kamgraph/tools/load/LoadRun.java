package org.kamgraph.tools.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One load run: N client threads send the workload's requests back to back for the warm-up and then the measured
 * duration; each keeps the latencies of its measured successes and counts its errors per query class.
 */
final class LoadRun {
    private final GraphQlClient client;
    private final Workload workload;
    private final int concurrency;
    private final double warmup;
    private final double duration;
    private final long seed;
    private final Client[] clients;
    private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger errorSampleCount = new AtomicInteger();
    private final ServerMetrics server;
    private long measureStart;
    private long measureEnd;
    private String loadBefore;
    private String loadAfter;

    LoadRun(GraphQlClient client, Workload workload, int concurrency, double warmup, double duration, long seed) {
        this.client = client;
        this.workload = workload;
        this.concurrency = concurrency;
        this.warmup = warmup;
        this.duration = duration;
        this.seed = seed;
        this.clients = new Client[concurrency];
        this.server = new ServerMetrics(client);
    }

    /** Runs the warm-up and the measurement; returns what was measured. */
    LoadReport execute() {
        long start = System.nanoTime();
        measureStart = start + (long) (warmup * 1e9);
        long deadline = measureStart + (long) (duration * 1e9);
        SplittableRandom root = new SplittableRandom(seed);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            clients[w] = new Client(root.split(), deadline);
            threads.add(new Thread(clients[w], "load-" + w));
        }
        threads.forEach(Thread::start);
        Thread serverThread = new Thread(() -> server.poll(measureStart, deadline), "load-heap");
        serverThread.setDaemon(true);
        serverThread.start();
        sleepUntil(measureStart);
        loadBefore = loadAverage();
        try {
            for (Thread t : threads) {
                t.join();
            }
            measureEnd = System.nanoTime();
            loadAfter = loadAverage();
            server.stop();
            serverThread.join(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return report();
    }

    private LoadReport report() {
        List<LoadReport.Line> lines = new ArrayList<>();
        for (int c = 0; c < workload.classes().size(); c++) {
            List<long[]> parts = new ArrayList<>();
            long errors = 0;
            for (Client w : clients) {
                parts.add(Arrays.copyOf(w.nanos[c], w.counts[c]));
                errors += w.errors[c];
            }
            lines.add(new LoadReport.Line(workload.classes().get(c).name(), Percentiles.merge(parts), errors));
        }
        return new LoadReport(lines, (measureEnd - measureStart) / 1e9, server.summary(), loadBefore, loadAfter, List.copyOf(errorSamples));
    }

    static void sleepUntil(long nanoTime) {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            try {
                Thread.sleep(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String loadAverage() {
        try {
            String[] p = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return p[0] + ", " + p[1] + ", " + p[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** One client: one connection, requests back to back until the deadline. */
    private final class Client implements Runnable {
        final SplittableRandom random;
        final long deadline;
        final long[][] nanos = new long[workload.classes().size()][];
        final int[] counts = new int[workload.classes().size()];
        final long[] errors = new long[workload.classes().size()];

        Client(SplittableRandom random, long deadline) {
            this.random = random;
            this.deadline = deadline;
            for (int c = 0; c < nanos.length; c++) {
                nanos[c] = new long[1024];
            }
        }

        @Override
        public void run() {
            try (HttpConnection conn = client.connect()) {
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= deadline) {
                        break;
                    }
                    int c = workload.pick(random);
                    String error = null;
                    try {
                        conn.exchange(workload.classes().get(c).pick(random));
                        if (!conn.ok()) {
                            error = conn.problem();
                        }
                    } catch (IOException e) {
                        error = e.toString();
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= measureStart) {
                        record(c, error, t1 - t0);
                    }
                }
            }
        }

        private void record(int c, String error, long nanosTaken) {
            if (error != null) {
                errors[c]++;
                if (errorSampleCount.getAndIncrement() < 5) {
                    errorSamples.add(workload.classes().get(c).name() + ": " + error);
                }
            } else {
                if (counts[c] == nanos[c].length) {
                    nanos[c] = Arrays.copyOf(nanos[c], nanos[c].length * 2);
                }
                nanos[c][counts[c]++] = nanosTaken;
            }
        }
    }
}
