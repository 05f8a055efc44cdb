package org.kamgraph.api.config;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * kam-graph's own settings ({@code kam.*}). The database connection for external mode is Spring Boot's
 * {@code spring.neo4j.uri} and {@code spring.neo4j.authentication.*}: when a URI is set, no embedded database starts.
 */
@ConfigurationProperties("kam")
public record KamProperties(@DefaultValue Embedded embedded, @DefaultValue Demo demo, @DefaultValue Import importing,
                            @DefaultValue Analytics analytics, @DefaultValue Graphql graphql) {

    /**
     * Hard limits on a GraphQL request, checked before anything runs.
     *
     * @param maxDepth      deepest selection nesting (the web app's and the documented queries stay under 12)
     * @param maxComplexity most fields selected in one request, every field counting 1 (lists are not multiplied)
     * @param maxAliases    most aliased fields in one request (fragments counted where they are spread)
     * @param maxRootFields most top-level fields in one operation (batched requests, a JSON array of operations,
     *                      are refused whole)
     * @param timeout       longest a request may run; after it the answer is a TIMEOUT error, the rest of the
     *                      request is cancelled, and Neo4j reads are terminated by their transaction timeout
     * @param maxRequestBytes largest body of a GraphQL POST, in bytes (inline importCsv files travel in it)
     */
    public record Graphql(@DefaultValue("15") int maxDepth, @DefaultValue("1000") int maxComplexity,
                          @DefaultValue("30") int maxAliases, @DefaultValue("20") int maxRootFields,
                          @DefaultValue("30s") java.time.Duration timeout,
                          @DefaultValue("10485760") long maxRequestBytes) {
    }

    /**
     * Limits of the analytics.
     *
     * @param maxExactVertices largest projection on which exact all-pairs measures (betweenness, closeness,
     *                         harmonic) run; larger ones must use sampled betweenness or a narrower scope
     * @param projectionCacheEdges how many projected edges the projection cache may hold in all (about 40 bytes each)
     */
    public record Analytics(@DefaultValue("20000") int maxExactVertices, @DefaultValue("20000000") long projectionCacheEdges) {
    }

    /**
     * The embedded database.
     *
     * @param dataDir   where its files live
     * @param pageCache page cache size in Neo4j's notation (512m, 2g); it otherwise sizes itself from RAM
     * @param boltPort  Bolt port on 127.0.0.1; 0 picks a free one
     * @param initialImport CSV directories or files to bulk-load when the store is created (instead of the demo market)
     * @param initialImportSkipInvalid load the valid rows of the initial import and report the rest, instead of
     *                                 rejecting it whole
     */
    public record Embedded(@DefaultValue("./data") Path dataDir, @DefaultValue("512m") String pageCache,
                           @DefaultValue("0") int boltPort, @DefaultValue List<Path> initialImport,
                           @DefaultValue("false") boolean initialImportSkipInvalid) {
    }

    /**
     * The demo market imported into an empty embedded database at start-up, from its CSV files under
     * {@code <data-dir>/demo-market}: {@code ./kam run} writes them there with the demo generator (demo/target/kam-demo.jar)
     * from these settings before the service starts; the service itself does not carry the generator.
     *
     * @param load  whether to load it
     * @param scale 1 is one region (~25k nodes); about 48 is national size
     * @param seed  the generator's seed; the same seed (with the same scale and date) gives the same market
     * @param today the date the market is generated as of (ISO YYYY-MM-DD): open decisions fall due in the months
     *              after it; empty (the default) for the real date (UTC) at first start
     */
    public record Demo(@DefaultValue("true") boolean load, @DefaultValue("1.0") double scale, @DefaultValue("42") long seed,
                       @DefaultValue("") String today) {
        /**
         * The date the demo market is generated as of now.
         *
         * @return the configured date, or today's in UTC
         */
        public java.time.LocalDate asOf() {
            if (today.isBlank()) {
                return java.time.LocalDate.now(java.time.ZoneOffset.UTC);
            }
            try {
                return java.time.LocalDate.parse(today.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("kam.demo.today must be a date YYYY-MM-DD, was '" + today + "'", e);
            }
        }
    }

    /**
     * Imports through the API.
     *
     * @param maxUploadBytes largest upload accepted by the HTTP endpoint and the GraphQL mutation, in bytes
     * @param batchSize      rows per write transaction
     */
    /**
     * @param territoryFile the territory alignment file ({@code territory,state,zip}) that an upload's
     *                      {@code territories=} resolves against (docs/IMPORT.md, "Region filter")
     */
    public record Import(@DefaultValue("52428800") long maxUploadBytes, @DefaultValue("10000") int batchSize,
                         @DefaultValue(org.kamgraph.api.importing.ImportRegion.DEFAULT_FILE) String territoryFile) {
    }
}
