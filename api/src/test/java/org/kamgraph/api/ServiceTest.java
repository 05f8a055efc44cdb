package org.kamgraph.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The service on a random port with no demo market and a small page cache, asked over HTTP by {@link #http}: the
 * shared frame of the API tests. A test class gives its store with {@link #freshDataDirectory} (or a container).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kam.demo.load=false", "kam.embedded.page-cache=64m"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceTest {
    @LocalServerPort
    protected int port;
    protected Http http;

    @BeforeAll
    void connect() {
        http = new Http(port);
    }

    /**
     * A fresh, empty data directory for the embedded store of the test class's service (call it from the class's
     * {@code @DynamicPropertySource}); under target/, as the build sets java.io.tmpdir.
     */
    public static Path freshDataDirectory(DynamicPropertyRegistry registry, String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        registry.add("kam.embedded.data-dir", dir::toString);
        return dir;
    }
}
