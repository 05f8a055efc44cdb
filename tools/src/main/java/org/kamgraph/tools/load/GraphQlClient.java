package org.kamgraph.tools.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * The one HTTP client of the tools (latency and load): GraphQL POSTs and actuator GETs to a running kam-graph, with
 * the bearer token, as prebuilt request bytes sent over {@link HttpConnection}s, one keep-alive connection per
 * calling thread.
 *
 * <p>Why not java.net.http: the generator shares the machine's cores with the service it measures, and its cost is
 * part of the figures. Measured (docs/PERFORMANCE.md, "The generator"): this client used 0.1 core for 3,468
 * requests/s, while the JDK's HttpClient (the former latency command) took about one of the two cores at 450
 * requests/s. So both tools use this one.
 */
final class GraphQlClient {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]*)\"");

    private final URI url;
    private final String token;
    private final String hostHeader;
    private final String path;
    private final int port;

    /** @param token the API token sent as {@code Authorization: Bearer}, or null/blank for none */
    GraphQlClient(URI url, String token) {
        if (!"http".equals(url.getScheme())) {
            throw new IllegalArgumentException("only http:// URLs are supported, not " + url);
        }
        this.url = url;
        this.token = token == null || token.isBlank() ? null : token.strip();
        this.port = url.getPort() < 0 ? 80 : url.getPort();
        this.hostHeader = url.getHost() + ":" + port;
        this.path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    }

    URI url() {
        return url;
    }

    /** A GraphQL request to the service's URL, as bytes to send any number of times. */
    byte[] post(String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        byte[] h = ("POST " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nContent-Type: application/json\r\n"
                + "Accept: application/json\r\n" + authorization() + "Content-Length: " + b.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(h, h.length + b.length);
        System.arraycopy(b, 0, out, h.length, b.length);
        return out;
    }

    /** A GET of a path on the service's host, e.g. {@code /actuator/metrics/process.cpu.usage}. */
    byte[] get(String pathAndQuery) {
        return ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nAccept: application/json\r\n" + authorization() + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private String authorization() {
        return token == null ? "" : "Authorization: Bearer " + token + "\r\n";
    }

    /** A new connection (opened at its first exchange), for one thread. */
    HttpConnection connect() {
        return new HttpConnection(url.getHost(), port);
    }

    /** The first {@code limit} ids of a kind, by browsing it (once, before a run). */
    List<String> fetchIds(String kind, int limit) throws IOException {
        if (!kind.matches("[A-Za-z]+")) {
            throw new IllegalArgumentException("not a node kind: " + kind);
        }
        String query = "{ search(kinds: [" + kind + "], first: " + Math.min(limit, 1000) + ") { edges { node { id } } } }";
        try (HttpConnection c = connect()) {
            c.exchange(post(body(query, Map.of())));
            if (!c.ok()) {
                throw new IOException("fetching " + kind + " ids from " + url + ": " + c.problem());
            }
            LinkedHashSet<String> ids = new LinkedHashSet<>();
            Matcher m = ID.matcher(c.bodyText(Integer.MAX_VALUE));
            while (m.find()) {
                ids.add(m.group(1));
            }
            return List.copyOf(ids);
        }
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
}
