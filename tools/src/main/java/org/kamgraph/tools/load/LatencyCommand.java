package org.kamgraph.tools.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code latency}: sends one GraphQL query (or a mix, one per file) to a running kam-graph again and again from a
 * second process and prints latency percentiles, throughput and errors. Warm-up requests are not counted. A
 * response with an "errors" member or a status other than 200 counts as an error.
 *
 * <pre>
 * latency --url=http://127.0.0.1:8080/graphql --requests=500 --warmup=100 --concurrency=1 [--token=T] QUERY_FILE...
 * </pre>
 */
public final class LatencyCommand {
    private LatencyCommand() {
    }

    public static int run(String[] args) {
        String url = "http://127.0.0.1:8080/graphql";
        int requests = 500;
        int warmup = 100;
        int concurrency = 1;
        String token = System.getenv("KAM_TOKEN"); // or --token=T; the demo writes one to data/admin-token
        List<String> queries = new ArrayList<>();
        try {
            for (String a : args) {
                if (a.startsWith("--url=")) {
                    url = a.substring(6);
                } else if (a.startsWith("--requests=")) {
                    requests = positive(a, "--requests=");
                } else if (a.startsWith("--warmup=")) {
                    warmup = Integer.parseInt(a.substring(9));
                } else if (a.startsWith("--concurrency=")) {
                    concurrency = positive(a, "--concurrency=");
                } else if (a.startsWith("--token=")) {
                    token = a.substring(8);
                } else if (a.startsWith("--")) {
                    throw new IllegalArgumentException("unknown option " + a);
                } else {
                    queries.add(body(Files.readString(Path.of(a), StandardCharsets.UTF_8)));
                }
            }
            if (queries.isEmpty()) {
                throw new IllegalArgumentException("name at least one file holding a GraphQL query");
            }
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("latency: " + e.getMessage());
            System.err.println("usage: latency --url=URL --requests=N --warmup=N --concurrency=N [--token=T] QUERY_FILE...");
            return 2;
        }
        Result r = measure(URI.create(url), token, queries, warmup, requests, concurrency);
        System.out.println(r.report());
        return r.errors() == 0 ? 0 : 1;
    }

    private static int positive(String arg, String prefix) {
        int v = Integer.parseInt(arg.substring(prefix.length()));
        if (v < 1) {
            throw new IllegalArgumentException(prefix + " must be at least 1");
        }
        return v;
    }

    /** The request body for a query text: {"query": "..."}. */
    static String body(String query) {
        return GraphQlClient.body(query, java.util.Map.of());
    }

    /** Percentiles in milliseconds, requests per second, error count. */
    public record Result(int requests, int errors, double seconds, long[] sortedNanos) {
        double percentile(double p) {
            return Percentiles.millis(sortedNanos, p);
        }

        public String report() {
            return String.format("requests %d, errors %d, %.1f requests/s, latency ms p50 %.1f p95 %.1f p99 %.1f max %.1f",
                    requests, errors, requests / seconds, percentile(50), percentile(95), percentile(99), percentile(100));
        }
    }

    public static Result measure(URI url, String token, List<String> bodies, int warmup, int requests, int concurrency) {
        GraphQlClient client = new GraphQlClient(url, token);
        List<byte[]> posts = bodies.stream().map(client::post).toList();
        AtomicInteger errors = new AtomicInteger();
        try (HttpConnection conn = client.connect()) {
            for (int i = 0; i < warmup; i++) {
                send(conn, posts.get(i % posts.size()), new AtomicInteger());
            }
        }
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                workers.add(pool.submit(() -> {
                    try (HttpConnection conn = client.connect()) {
                        for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                            long t0 = System.nanoTime();
                            send(conn, posts.get(i % posts.size()), errors);
                            nanos[i] = System.nanoTime() - t0;
                        }
                    }
                }));
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        return new Result(requests, errors.get(), seconds, nanos);
    }

    private static void send(HttpConnection conn, byte[] request, AtomicInteger errors) {
        try {
            conn.exchange(request);
            if (!conn.ok()) {
                errors.incrementAndGet();
            }
        } catch (IOException e) {
            errors.incrementAndGet();
        }
    }
}
