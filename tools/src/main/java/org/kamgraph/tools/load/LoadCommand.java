package org.kamgraph.tools.load;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code load}: a time-bounded load test from a second process. N clients, each on its own HTTP/1.1 keep-alive
 * connection, send a weighted mix of GraphQL queries for a fixed duration after a warm-up, and the command reports
 * per query file and overall: requests, throughput, p50/p95/p99/max latency and errors (a status other than 200,
 * an "errors" member in the body, or an I/O error), plus the server's heap (polled once a second from
 * {@code /actuator/metrics/jvm.memory.used?tag=area:heap}: max and end) and process CPU. Exits 1 when there was
 * any error.
 *
 * <pre>
 * load --url=http://127.0.0.1:8080/graphql --duration=60s --warmup=10s --concurrency=8 [--token=T | --token-file=F]
 *      [--ids=FILE] [--ids-per-kind=200] [--seed=1] QUERY_FILE[:WEIGHT]...
 * </pre>
 *
 * A query file may declare the values its variables are drawn from, in comment lines:
 * <ul>
 *   <li>{@code # load-kinds: Idn Hospital ...}: {@code $kind} and {@code $id} from the ids of these kinds (the first
 *       {@code --ids-per-kind} of each, fetched from the service at start, or the {@code --ids} file: lines
 *       "Kind id");</li>
 *   <li>{@code # load-ids: DEC-0001 DEC-0002}: {@code $id} from this list;</li>
 *   <li>{@code # load-texts: aspen oncology}: {@code $text} from this list.</li>
 * </ul>
 * Every request body is built before the run; the client reads each response only to find its status, its length
 * and whether it holds "errors", so the generator costs little of the CPU it shares with the service.
 * The token comes from {@code --token}, {@code --token-file} (e.g. the demo's {@code <data-dir>/admin-token}) or the
 * environment variable {@code KAM_TOKEN} and is sent as
 * {@code Authorization: Bearer T}.
 */
public final class LoadCommand {
    private static final byte[] ERRORS = "\"errors\"".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern HEADER = Pattern.compile("^#\\s*load-(kinds|ids|texts):\\s*(.*)$", Pattern.MULTILINE);

    private LoadCommand() {
    }

    /** One query file: its name, weight and every request it may send (prebuilt bytes). */
    record QueryClass(String name, int weight, List<byte[]> requests) {
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
                    duration = seconds(a.substring(11));
                } else if (a.startsWith("--warmup=")) {
                    warmup = seconds(a.substring(9));
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
        URI uri = URI.create(url);
        Http http = new Http(uri, token == null || token.isBlank() ? null : token.trim());
        List<QueryClass> classes;
        try {
            classes = prepare(http, files, idsFile, idsPerKind);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            System.err.println("load: " + e.getMessage());
            return 2;
        }
        for (QueryClass c : classes) {
            System.out.printf(Locale.ROOT, "load: %s weight %d, %d distinct requests%n", c.name(), c.weight(), c.requests().size());
        }
        System.out.printf(Locale.ROOT, "load: %d clients, warm-up %.0f s, measuring %.0f s against %s%n", concurrency, warmup, duration, uri);
        Run run = new Run(http, classes, concurrency, warmup, duration, seed);
        run.execute();
        System.out.println(run.report());
        return run.totalErrors() == 0 ? 0 : 1;
    }

    static double seconds(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Double.parseDouble(t.substring(0, t.length() - 2)) / 1000;
        }
        if (t.endsWith("m")) {
            return Double.parseDouble(t.substring(0, t.length() - 1)) * 60;
        }
        if (t.endsWith("s")) {
            return Double.parseDouble(t.substring(0, t.length() - 1));
        }
        return Double.parseDouble(t);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Preparation: query files, their variables, the ids

    static List<QueryClass> prepare(Http http, List<String> files, Path idsFile, int idsPerKind) throws IOException {
        Map<String, List<String>> idsByKind = new LinkedHashMap<>();
        if (idsFile != null) {
            for (String line : Files.readAllLines(idsFile, StandardCharsets.UTF_8)) {
                String[] p = line.trim().split("[\\s,;]+");
                if (p.length >= 2 && !p[0].startsWith("#")) {
                    idsByKind.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]);
                }
            }
        }
        List<QueryClass> classes = new ArrayList<>();
        for (String spec : files) {
            int weight = 1;
            String file = spec;
            int colon = spec.lastIndexOf(':');
            if (colon > 0 && spec.substring(colon + 1).matches("\\d+")) {
                weight = Integer.parseInt(spec.substring(colon + 1));
                file = spec.substring(0, colon);
            }
            String query = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            List<String> kinds = List.of();
            List<String> ids = List.of();
            List<String> texts = List.of();
            Matcher m = HEADER.matcher(query);
            while (m.find()) {
                List<String> values = List.of(m.group(2).trim().split("[\\s,]+"));
                switch (m.group(1)) {
                    case "kinds" -> kinds = values;
                    case "ids" -> ids = values;
                    default -> texts = values;
                }
            }
            List<Map<String, String>> variableSets = new ArrayList<>();
            if (!kinds.isEmpty()) {
                for (String kind : kinds) {
                    List<String> found = idsByKind.get(kind);
                    if (found == null) {
                        found = http.fetchIds(kind, idsPerKind);
                        idsByKind.put(kind, found);
                    }
                    if (found.isEmpty()) {
                        throw new IllegalStateException(file + ": the service has no " + kind + " to look up");
                    }
                    for (String id : found.subList(0, Math.min(idsPerKind, found.size()))) {
                        variableSets.add(Map.of("kind", kind, "id", id));
                    }
                }
            } else if (!ids.isEmpty()) {
                ids.forEach(id -> variableSets.add(Map.of("id", id)));
            }
            if (!texts.isEmpty()) {
                List<Map<String, String>> base = variableSets.isEmpty() ? List.of(Map.of()) : List.copyOf(variableSets);
                variableSets.clear();
                for (Map<String, String> b : base) {
                    for (String t : texts) {
                        Map<String, String> v = new LinkedHashMap<>(b);
                        v.put("text", t);
                        variableSets.add(v);
                    }
                }
            }
            if (variableSets.isEmpty()) {
                variableSets.add(Map.of());
            }
            List<byte[]> requests = new ArrayList<>();
            for (Map<String, String> vars : variableSets) {
                requests.add(http.post(body(query, vars)));
            }
            String name = Path.of(file).getFileName().toString().replaceFirst("\\.graphql$", "");
            classes.add(new QueryClass(name, weight, requests));
        }
        return classes;
    }

    /** {"query": "...", "variables": {...}}, with only the variables the query declares. */
    static String body(String query, Map<String, String> variables) {
        StringBuilder sb = new StringBuilder("{\"query\":");
        string(sb, query);
        List<String> used = new ArrayList<>();
        for (String name : variables.keySet()) {
            if (Pattern.compile("\\$" + name + "\\b").matcher(query).find()) {
                used.add(name);
            }
        }
        if (!used.isEmpty()) {
            sb.append(",\"variables\":{");
            for (int i = 0; i < used.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                string(sb, used.get(i));
                sb.append(':');
                string(sb, variables.get(used.get(i)));
            }
            sb.append('}');
        }
        return sb.append('}').toString();
    }

    private static void string(StringBuilder sb, String s) {
        org.kamgraph.api.web.JsonText.append(sb, s);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The run

    static final class Run {
        private final Http http;
        private final List<QueryClass> classes;
        private final int concurrency;
        private final double warmup;
        private final double duration;
        private final long seed;
        private final int[] cumulative;
        private final Worker[] workers;
        private final List<String> errorSamples = java.util.Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger errorSampleCount = new AtomicInteger();
        private long measureStart;
        private long measureEnd;
        private final HeapPoller heap;
        private String loadBefore;
        private String loadAfter;

        Run(Http http, List<QueryClass> classes, int concurrency, double warmup, double duration, long seed) {
            this.http = http;
            this.classes = classes;
            this.concurrency = concurrency;
            this.warmup = warmup;
            this.duration = duration;
            this.seed = seed;
            this.cumulative = new int[classes.size()];
            int sum = 0;
            for (int i = 0; i < classes.size(); i++) {
                sum += classes.get(i).weight();
                cumulative[i] = sum;
            }
            this.workers = new Worker[concurrency];
            this.heap = new HeapPoller(http);
        }

        void execute() {
            long start = System.nanoTime();
            measureStart = start + (long) (warmup * 1e9);
            long deadline = measureStart + (long) (duration * 1e9);
            SplittableRandom root = new SplittableRandom(seed);
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                workers[w] = new Worker(root.split(), deadline);
                Thread t = new Thread(workers[w], "load-" + w);
                threads.add(t);
            }
            threads.forEach(Thread::start);
            Thread heapThread = new Thread(() -> heap.poll(measureStart, deadline), "load-heap");
            heapThread.setDaemon(true);
            heapThread.start();
            sleepUntil(measureStart);
            loadBefore = loadAverage();
            for (Thread t : threads) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            measureEnd = System.nanoTime();
            loadAfter = loadAverage();
            heap.stop();
            try {
                heapThread.join(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        long totalErrors() {
            long e = 0;
            for (Worker w : workers) {
                for (long x : w.errors) {
                    e += x;
                }
            }
            return e;
        }

        String report() {
            double seconds = (measureEnd - measureStart) / 1e9;
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%-28s %9s %9s %8s %8s %8s %8s %7s%n", "query", "requests", "req/s", "p50 ms",
                    "p95 ms", "p99 ms", "max ms", "errors"));
            List<long[]> all = new ArrayList<>();
            long allErrors = 0;
            for (int c = 0; c < classes.size(); c++) {
                List<long[]> parts = new ArrayList<>();
                long errors = 0;
                for (Worker w : workers) {
                    parts.add(Arrays.copyOf(w.nanos[c], w.counts[c]));
                    errors += w.errors[c];
                }
                long[] merged = merge(parts);
                all.add(merged);
                allErrors += errors;
                sb.append(line(classes.get(c).name(), merged, errors, seconds));
            }
            if (classes.size() > 1) {
                sb.append(line("all", merge(all), allErrors, seconds));
            }
            sb.append(String.format(Locale.ROOT, "measured %.1f s; %s%n", seconds, heap.summary()));
            sb.append("load average (1, 5, 15 min) at the start of the measurement: ").append(loadBefore)
                    .append(", at the end: ").append(loadAfter).append('\n');
            if (!errorSamples.isEmpty()) {
                sb.append("first errors:\n");
                synchronized (errorSamples) {
                    errorSamples.forEach(e -> sb.append("  ").append(e).append('\n'));
                }
            }
            sb.append(allErrors == 0 ? "errors: none" : "errors: " + allErrors);
            return sb.toString();
        }

        private static String line(String name, long[] sorted, long errors, double seconds) {
            return String.format(Locale.ROOT, "%-28s %9d %9.1f %8.1f %8.1f %8.1f %8.1f %7d%n", name, sorted.length,
                    sorted.length / seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), pct(sorted, 100), errors);
        }

        private static long[] merge(List<long[]> parts) {
            int n = 0;
            for (long[] p : parts) {
                n += p.length;
            }
            long[] out = new long[n];
            int i = 0;
            for (long[] p : parts) {
                System.arraycopy(p, 0, out, i, p.length);
                i += p.length;
            }
            Arrays.sort(out);
            return out;
        }

        private static double pct(long[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }

        private int pick(SplittableRandom random) {
            if (cumulative.length == 1) {
                return 0;
            }
            int r = random.nextInt(cumulative[cumulative.length - 1]);
            for (int i = 0; i < cumulative.length; i++) {
                if (r < cumulative[i]) {
                    return i;
                }
            }
            return cumulative.length - 1;
        }

        /** One client: one connection, requests back to back. */
        final class Worker implements Runnable {
            final SplittableRandom random;
            final long deadline;
            final long[][] nanos = new long[classes.size()][];
            final int[] counts = new int[classes.size()];
            final long[] errors = new long[classes.size()];

            Worker(SplittableRandom random, long deadline) {
                this.random = random;
                this.deadline = deadline;
                for (int c = 0; c < nanos.length; c++) {
                    nanos[c] = new long[1024];
                }
            }

            @Override
            public void run() {
                Http.Connection conn = http.connection();
                try {
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= deadline) {
                            break;
                        }
                        int c = pick(random);
                        List<byte[]> requests = classes.get(c).requests();
                        byte[] request = requests.get(requests.size() == 1 ? 0 : random.nextInt(requests.size()));
                        String error = null;
                        try {
                            int status = conn.exchange(request);
                            if (status != 200) {
                                error = "HTTP " + status + ": " + conn.bodyText(300);
                            } else if (conn.bodyContains(ERRORS)) {
                                error = conn.bodyText(300);
                            }
                        } catch (IOException e) {
                            error = e.toString();
                            conn.close();
                        }
                        long t1 = System.nanoTime();
                        if (t0 >= measureStart) {
                            if (error != null) {
                                errors[c]++;
                                if (errorSampleCount.getAndIncrement() < 5) {
                                    errorSamples.add(classes.get(c).name() + ": " + error);
                                }
                            } else {
                                if (counts[c] == nanos[c].length) {
                                    nanos[c] = Arrays.copyOf(nanos[c], nanos[c].length * 2);
                                }
                                nanos[c][counts[c]++] = t1 - t0;
                            }
                        }
                    }
                } finally {
                    conn.close();
                }
            }
        }
    }

    private static void sleepUntil(long nanoTime) {
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

    static String loadAverage() {
        try {
            String[] p = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return p[0] + ", " + p[1] + ", " + p[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The server's heap in use and process CPU, once a second during the measurement. */
    static final class HeapPoller {
        private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([-0-9.eE+]+)");
        private final Http http;
        private volatile boolean stopped;
        private double max = Double.NaN;
        private double last = Double.NaN;
        private double cpuSum;
        private int cpuSamples;
        private int samples;
        private String problem;

        HeapPoller(Http http) {
            this.http = http;
        }

        void poll(long from, long until) {
            sleepUntil(from);
            Http.Connection conn = http.connection();
            try {
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
                    sleepUntil(Math.min(until, System.nanoTime() + 1_000_000_000L));
                }
            } finally {
                conn.close();
            }
        }

        private Double metric(Http.Connection conn, String what) {
            try {
                int status = conn.exchange(http.get("/actuator/metrics/" + what));
                if (status != 200) {
                    problem = "HTTP " + status + " from /actuator/metrics/" + what;
                    return null;
                }
                Matcher m = VALUE.matcher(conn.bodyText(Integer.MAX_VALUE));
                return m.find() ? Double.parseDouble(m.group(1)) : null;
            } catch (IOException | RuntimeException e) {
                problem = e.toString();
                conn.close();
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

    // ---------------------------------------------------------------------------------------------------------------
    // A minimal blocking HTTP/1.1 client: one keep-alive connection per client thread, prebuilt request bytes.

    static final class Http {
        private final URI uri;
        private final String token;
        private final String hostHeader;
        private final String path;
        private final int port;

        Http(URI uri, String token) {
            if (!"http".equals(uri.getScheme())) {
                throw new IllegalArgumentException("only http:// URLs are supported, not " + uri);
            }
            this.uri = uri;
            this.token = token;
            this.port = uri.getPort() < 0 ? 80 : uri.getPort();
            this.hostHeader = uri.getHost() + ":" + port;
            this.path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        }

        byte[] post(String body) {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nContent-Type: application/json\r\n"
                    + "Accept: application/json\r\n" + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "Content-Length: " + b.length + "\r\n\r\n";
            byte[] h = head.getBytes(StandardCharsets.US_ASCII);
            byte[] out = Arrays.copyOf(h, h.length + b.length);
            System.arraycopy(b, 0, out, h.length, b.length);
            return out;
        }

        byte[] get(String pathAndQuery) {
            return ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nAccept: application/json\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n").getBytes(StandardCharsets.US_ASCII);
        }

        Connection connection() {
            return new Connection();
        }

        /** The first {@code limit} ids of a kind, by browsing it (once, before the run). */
        List<String> fetchIds(String kind, int limit) throws IOException {
            if (!kind.matches("[A-Za-z]+")) {
                throw new IllegalArgumentException("not a node kind: " + kind);
            }
            String query = "{ search(kinds: [" + kind + "], first: " + Math.min(limit, 1000) + ") { edges { node { id } } } }";
            Connection c = connection();
            try {
                int status = c.exchange(post(body(query, Map.of())));
                String text = c.bodyText(Integer.MAX_VALUE);
                if (status != 200 || text.contains("\"errors\"")) {
                    throw new IOException("fetching " + kind + " ids from " + uri + ": HTTP " + status + " "
                            + text.substring(0, Math.min(300, text.length())));
                }
                LinkedHashSet<String> ids = new LinkedHashSet<>();
                Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]*)\"").matcher(text);
                while (m.find()) {
                    ids.add(m.group(1));
                }
                return List.copyOf(ids);
            } finally {
                c.close();
            }
        }

        final class Connection {
            private Socket socket;
            private InputStream in;
            private OutputStream out;
            private byte[] body = new byte[8192];
            private int bodyLength;
            private final byte[] line = new byte[8192];

            int exchange(byte[] request) throws IOException {
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.connect(new InetSocketAddress(uri.getHost(), port), 5000);
                    socket.setSoTimeout(120_000);
                    in = new BufferedInputStream(socket.getInputStream(), 16384);
                    out = socket.getOutputStream();
                }
                out.write(request);
                out.flush();
                int n = readLine();
                String statusLine = new String(line, 0, n, StandardCharsets.US_ASCII);
                if (!statusLine.startsWith("HTTP/1.")) {
                    throw new IOException("not an HTTP response: " + statusLine);
                }
                int status = Integer.parseInt(statusLine.substring(9, 12));
                long contentLength = -1;
                boolean chunked = false;
                boolean close = statusLine.startsWith("HTTP/1.0");
                while ((n = readLine()) > 0) {
                    if (startsWithIgnoreCase(n, "content-length:")) {
                        contentLength = Long.parseLong(value(n, 15));
                    } else if (startsWithIgnoreCase(n, "transfer-encoding:")) {
                        chunked = value(n, 18).toLowerCase(Locale.ROOT).contains("chunked");
                    } else if (startsWithIgnoreCase(n, "connection:")) {
                        close = value(n, 11).equalsIgnoreCase("close");
                    }
                }
                bodyLength = 0;
                if (chunked) {
                    while (true) {
                        int m = readLine();
                        String size = new String(line, 0, m, StandardCharsets.US_ASCII);
                        int semi = size.indexOf(';');
                        int chunk = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
                        if (chunk == 0) {
                            while (readLine() > 0) {
                                // trailers
                            }
                            break;
                        }
                        readBody(chunk);
                        readLine();
                    }
                } else if (contentLength >= 0) {
                    readBody((int) contentLength);
                } else {
                    // No length: the body runs to the end of the connection.
                    int r;
                    while ((r = in.read()) >= 0) {
                        append((byte) r);
                    }
                    close = true;
                }
                if (close) {
                    close();
                }
                return status;
            }

            private void readBody(int length) throws IOException {
                ensure(bodyLength + length);
                int read = 0;
                while (read < length) {
                    int r = in.read(body, bodyLength + read, length - read);
                    if (r < 0) {
                        throw new EOFException("connection closed in a response body");
                    }
                    read += r;
                }
                bodyLength += length;
            }

            private void append(byte b) {
                ensure(bodyLength + 1);
                body[bodyLength++] = b;
            }

            private void ensure(int size) {
                if (size > body.length) {
                    body = Arrays.copyOf(body, Math.max(size, body.length * 2));
                }
            }

            /** Reads a header line without its CRLF into {@link #line}; returns its length. */
            private int readLine() throws IOException {
                int n = 0;
                while (true) {
                    int b = in.read();
                    if (b < 0) {
                        throw new EOFException("connection closed by the server");
                    }
                    if (b == '\n') {
                        return n > 0 && line[n - 1] == '\r' ? n - 1 : n;
                    }
                    if (n < line.length) {
                        line[n++] = (byte) b;
                    }
                }
            }

            private boolean startsWithIgnoreCase(int n, String prefix) {
                if (n < prefix.length()) {
                    return false;
                }
                for (int i = 0; i < prefix.length(); i++) {
                    if (Character.toLowerCase(line[i]) != prefix.charAt(i)) {
                        return false;
                    }
                }
                return true;
            }

            private String value(int n, int from) {
                return new String(line, from, n - from, StandardCharsets.US_ASCII).trim();
            }

            boolean bodyContains(byte[] needle) {
                outer:
                for (int i = 0; i + needle.length <= bodyLength; i++) {
                    for (int j = 0; j < needle.length; j++) {
                        if (body[i + j] != needle[j]) {
                            continue outer;
                        }
                    }
                    return true;
                }
                return false;
            }

            String bodyText(int limit) {
                return new String(body, 0, Math.min(limit, bodyLength), StandardCharsets.UTF_8);
            }

            void close() {
                if (socket != null) {
                    try {
                        socket.close();
                    } catch (IOException ignored) {
                        // closing anyway
                    }
                    socket = null;
                    in = null;
                    out = null;
                }
            }
        }
    }
}
