package org.kamgraph.api;

import java.io.IOException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The API contract on the embedded database, in a fresh data directory. */
class GraphQlApiEmbeddedTest extends GraphQlApiContract {
    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) throws IOException {
        ServiceTest.freshDataDirectory(registry, "kam-graphql-test");
    }
}
