package org.kamgraph.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web app at {@code /}: the page, every script and style it references (the app's ES modules, followed through
 * their imports, and the WebJar libraries) answer 200 with the right content type, and nothing comes from another host.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kam.demo.load=false", "kam.embedded.page-cache=64m"})
class WebAppTest {
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/[^\"]+\\.(?:js|mjs|css))\"");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*(?:import|export)\\s[^;]*?from\\s+'(\\./[^']+)'");

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) throws IOException {
        org.kamgraph.api.ServiceTest.freshDataDirectory(registry, "kam-webapp-test");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void rootServesTheAppPageWithLocalAssetsOnly() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(contentType(page)).startsWith("text/html");
        assertThat(page.body())
                .contains("/app/js/main.js", "/app/app.css", "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js")
                .doesNotContain("src=\"http", "href=\"http", "src=\"//", "href=\"//");

        Set<String> assets = new LinkedHashSet<>();
        Matcher m = ASSET.matcher(page.body());
        while (m.find()) assets.add(m.group(1));
        assertThat(assets).hasSizeGreaterThanOrEqualTo(3);
        for (String asset : assets) {
            HttpResponse<String> r = get(asset);
            assertThat(r.statusCode()).as(asset).isEqualTo(200);
            assertThat(contentType(r)).as(asset).contains(asset.endsWith(".css") ? "text/css" : "javascript");
            assertThat(r.body()).as(asset).isNotBlank();
        }
    }

    @Test
    void everyModuleTheAppImportsIsServed() throws Exception {
        Deque<String> todo = new ArrayDeque<>();
        Set<String> seen = new LinkedHashSet<>();
        todo.add("/app/js/main.js");
        while (!todo.isEmpty()) {
            String path = todo.poll();
            if (!seen.add(path)) continue;
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(contentType(r)).as(path).contains("javascript");
            assertThat(r.body()).as(path).doesNotContain("https://", "http://");
            Matcher m = IMPORT.matcher(r.body());
            String dir = path.substring(0, path.lastIndexOf('/') + 1);
            while (m.find()) todo.add(URI.create(dir).resolve(m.group(1)).getPath());
        }
        assertThat(seen).contains("/app/js/api.js", "/app/js/dom.js", "/app/js/search.js", "/app/js/node.js",
                "/app/js/decision.js", "/app/js/map.js", "/app/js/tiers.js");
    }

    @Test
    void appPathAndGraphiqlStillWork() throws Exception {
        assertThat(get("/app/").statusCode()).isEqualTo(200);
        assertThat(get("/app/index.html").statusCode()).isEqualTo(200);
        assertThat(get("/graphiql").statusCode()).isEqualTo(200);
        assertThat(get("/app/js/no-such-module.js").statusCode()).isEqualTo(404);
        // The app's unversioned modules are revalidated by browsers, so an upgrade never runs stale code.
        assertThat(get("/app/js/main.js").headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-cache"));
    }
}
