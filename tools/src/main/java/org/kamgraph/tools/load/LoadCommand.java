package org.kamgraph.tools.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code load}: a time-bounded load test from a second process. N clients send a weighted mix of GraphQL queries
 * ({@link Workload}) back to back for a fixed duration after a warm-up ({@link LoadRun}, over the tools' one
 * {@link GraphQlClient}), and the command reports per query file and overall ({@link LoadReport}): requests,
 * throughput, p50/p95/p99/max latency and errors (a status other than 200, an "errors" member in the body, or an I/O
 * error), plus the server's heap (polled once a second from {@code /actuator/metrics/jvm.memory.used?tag=area:heap}:
 * max and end) and process CPU ({@link ServerMetrics}). Exits 1 when there was any error.
 *
 * <pre>
 * load --url=http://127.0.0.1:8080/graphql --duration=60s --warmup=10s --concurrency=8 [--token=T | --token-file=F]
 *      [--ids=FILE] [--ids-per-kind=200] [--seed=1] QUERY_FILE[:WEIGHT]...
 * </pre>
 *
 * The token comes from {@code --token}, {@code --token-file} (e.g. the demo's {@code <data-dir>/admin-token}) or the
 * environment variable {@code KAM_TOKEN} and is sent as {@code Authorization: Bearer T}.
 */
public final class LoadCommand {
    private LoadCommand() {
    }

    public static int run(String[] args) {
        String url = "http://127.0.0.1:8080/graphql";
        double duration = 60;
        double warmup = 10;
        int concurrency = 8;
        int idsPerKind = 200;
        long seed = 1;
        String token = System.getenv("KAM_TOKEN");
        Path idsFile = null;
        List<String> files = new ArrayList<>();
        try {
            for (String a : args) {
                if (a.startsWith("--url=")) {
                    url = a.substring(6);
                } else if (a.startsWith("--duration=")) {
                    duration = Workload.seconds(a.substring(11));
                } else if (a.startsWith("--warmup=")) {
                    warmup = Workload.seconds(a.substring(9));
                } else if (a.startsWith("--concurrency=")) {
                    concurrency = Integer.parseInt(a.substring(14));
                } else if (a.startsWith("--ids-per-kind=")) {
                    idsPerKind = Integer.parseInt(a.substring(15));
                } else if (a.startsWith("--ids=")) {
                    idsFile = Path.of(a.substring(6));
                } else if (a.startsWith("--seed=")) {
                    seed = Long.parseLong(a.substring(7));
                } else if (a.startsWith("--token=")) {
                    token = a.substring(8);
                } else if (a.startsWith("--token-file=")) {
                    token = Files.readString(Path.of(a.substring(13)), StandardCharsets.UTF_8).trim();
                } else if (a.startsWith("--")) {
                    throw new IllegalArgumentException("unknown option " + a);
                } else {
                    files.add(a);
                }
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("name at least one file holding a GraphQL query");
            }
            if (concurrency < 1 || duration <= 0 || warmup < 0 || idsPerKind < 1) {
                throw new IllegalArgumentException("--concurrency, --duration and --ids-per-kind must be positive");
            }
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("load: " + e.getMessage());
            System.err.println("usage: load --url=URL --duration=60s --warmup=10s --concurrency=8 [--token=T | --token-file=F] "
                    + "[--ids=FILE] [--ids-per-kind=200] QUERY_FILE[:WEIGHT]...");
            return 2;
        }
        GraphQlClient client;
        Workload workload;
        try {
            client = new GraphQlClient(URI.create(url), token);
            workload = Workload.prepare(client, files, idsFile, idsPerKind);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            System.err.println("load: " + e.getMessage());
            return 2;
        }
        for (Workload.QueryClass c : workload.classes()) {
            System.out.printf(Locale.ROOT, "load: %s weight %d, %d distinct requests%n", c.name(), c.weight(), c.requests().size());
        }
        System.out.printf(Locale.ROOT, "load: %d clients, warm-up %.0f s, measuring %.0f s against %s%n", concurrency, warmup, duration,
                client.url());
        LoadReport report = new LoadRun(client, workload, concurrency, warmup, duration, seed).execute();
        System.out.println(report.text());
        return report.errors() == 0 ? 0 : 1;
    }
}
