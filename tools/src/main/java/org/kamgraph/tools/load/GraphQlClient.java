package org.kamgraph.tools.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * The one HTTP client of the tools (latency and load): GraphQL POSTs and actuator GETs to a running kam-graph, with
 * the bearer token, over java.net.http (HTTP/1.1 keep-alive: concurrent callers each hold a pooled connection).
 * Requests are built once and sent many times; an answer is read only for its status, length and whether it holds
 * "errors", so the client costs little of the CPU it shares with the service.
 */
final class GraphQlClient {
    private static final byte[] ERRORS = "\"errors\"".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]*)\"");

    private final URI url;
    private final String token;
    private final HttpClient http;

    /** @param token the API token sent as {@code Authorization: Bearer}, or null/blank for none */
    GraphQlClient(URI url, String token) {
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("only http:// and https:// URLs are supported, not " + url);
        }
        this.url = url;
        this.token = token == null || token.isBlank() ? null : token.strip();
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    URI url() {
        return url;
    }

    /** A GraphQL request to the service's URL, to send any number of times. */
    HttpRequest post(String body) {
        return authorized(HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8))));
    }

    /** A GET of a path on the service's host, e.g. {@code /actuator/metrics/process.cpu.usage}. */
    HttpRequest get(String pathAndQuery) {
        return authorized(HttpRequest.newBuilder(url.resolve(pathAndQuery)).GET());
    }

    private HttpRequest authorized(HttpRequest.Builder b) {
        b.timeout(Duration.ofSeconds(120)).header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    Answer send(HttpRequest request) throws IOException {
        try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The first {@code limit} ids of a kind, by browsing it (once, before a run). */
    List<String> fetchIds(String kind, int limit) throws IOException {
        if (!kind.matches("[A-Za-z]+")) {
            throw new IllegalArgumentException("not a node kind: " + kind);
        }
        String query = "{ search(kinds: [" + kind + "], first: " + Math.min(limit, 1000) + ") { edges { node { id } } } }";
        Answer a = send(post(body(query, Map.of())));
        if (!a.ok()) {
            throw new IOException("fetching " + kind + " ids from " + url + ": HTTP " + a.status() + " " + a.text(300));
        }
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        Matcher m = ID.matcher(a.text(Integer.MAX_VALUE));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return List.copyOf(ids);
    }

    /** {"query": "...", "variables": {...}}, with only the variables the query declares. */
    static String body(String query, Map<String, String> variables) {
        StringBuilder sb = new StringBuilder("{\"query\":");
        string(sb, query);
        String sep = ",\"variables\":{";
        for (Map.Entry<String, String> v : variables.entrySet()) {
            if (Pattern.compile("\\$" + v.getKey() + "\\b").matcher(query).find()) {
                sb.append(sep);
                sep = ",";
                string(sb, v.getKey());
                sb.append(':');
                string(sb, v.getValue());
            }
        }
        if (sep.equals(",")) {
            sb.append('}');
        }
        return sb.append('}').toString();
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        JsonStringEncoder.getInstance().quoteAsString(s, sb);
        sb.append('"');
    }

    /** A response: its status and body bytes. */
    record Answer(int status, byte[] body) {
        /** HTTP 200 without an "errors" member (a byte search: the body is not parsed). */
        boolean ok() {
            return status == 200 && !containsErrors();
        }

        /** Why the answer is not ok, in a line: the status and the start of the body. */
        String problem() {
            return (status == 200 ? "" : "HTTP " + status + ": ") + text(300);
        }

        String text(int limit) {
            return new String(body, 0, Math.min(limit, body.length), StandardCharsets.UTF_8);
        }

        private boolean containsErrors() {
            outer:
            for (int i = 0; i + ERRORS.length <= body.length; i++) {
                for (int j = 0; j < ERRORS.length; j++) {
                    if (body[i + j] != ERRORS[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }
    }
}
