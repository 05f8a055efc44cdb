package org.kamgraph.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.kamgraph.api.config.JsonText;
import org.springframework.boot.json.JsonParserFactory;

/** A plain HTTP client for the tests: GraphQL requests, uploads and pages, as a user's tools would send them. */
public final class Http {
    /** The admin token every test application accepts (src/test/resources/config/application.properties). */
    public static final String ADMIN_TOKEN = "kam-test-admin-token-0123456789abcdef";
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String token;

    /** A client that signs in as admin. */
    public Http(int port) {
        this(port, ADMIN_TOKEN);
    }

    /** A client that sends {@code token} as its bearer token, or none when null. */
    public Http(int port, String token) {
        this.base = "http://127.0.0.1:" + port;
        this.token = token;
    }

    /** The same server with another token (null: none). */
    public Http as(String otherToken) {
        return new Http(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), otherToken);
    }

    public record Response(int status, String body) {
        public Map<String, Object> json() {
            return JsonParserFactory.getJsonParser().parseMap(body);
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** POSTs a GraphQL query and returns the parsed response ({data, errors}). */
    public Map<String, Object> graphql(String query) {
        String body = "{\"query\":" + quote(query) + "}";
        Response r = send(HttpRequest.newBuilder(URI.create(base + "/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        return r.json();
    }

    /** Uploads files as multipart/form-data field "files". */
    public Response upload(String path, List<Path> files) throws IOException {
        String boundary = "kamgraphtest" + System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Path f : files) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + f.getFileName()
                    + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(Files.readAllBytes(f));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build());
    }

    private Response send(HttpRequest request) {
        if (token != null) {
            request = HttpRequest.newBuilder(request, (name, value) -> true).header("Authorization", "Bearer " + token).build();
        }
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String quote(String s) {
        return JsonText.quote(s);
    }

    /** Navigates parsed JSON: path like "data.node.name" or "data.search.edges.0.node.id". */
    @SuppressWarnings("unchecked")
    public static <T> T at(Object json, String path) {
        Object cur = json;
        for (String part : path.split("\\.")) {
            if (cur instanceof Map<?, ?> m) {
                cur = m.get(part);
            } else if (cur instanceof List<?> l) {
                cur = l.get(Integer.parseInt(part));
            } else {
                throw new AssertionError("Cannot follow '" + part + "' of " + path + " in " + json);
            }
        }
        return (T) cur;
    }
}
