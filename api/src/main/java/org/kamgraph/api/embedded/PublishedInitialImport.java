package org.kamgraph.api.embedded;

import java.nio.file.Path;
import java.util.List;
import org.kamgraph.cypher.ingest.published.NewStorePublishedImport;
import org.kamgraph.cypher.ingest.published.PublishedOptions;

/**
 * The {@code import --format=...} command's hand-off to the embedded startup: files in published formats to load into
 * the store if the startup finds none (one validation and Neo4j's offline importer, {@link NewStorePublishedImport}),
 * and the loaded run, which the command finishes once the database runs. Held here rather than in properties because
 * the options (region, as-of day, progress bar) are objects; one command runs per JVM.
 */
public final class PublishedInitialImport {
    /** Files and options the command asked for. */
    public record Request(List<Path> paths, PublishedOptions options) {
    }

    private static volatile Request request;
    private static volatile NewStorePublishedImport.Loaded loaded;

    private PublishedInitialImport() {
    }

    /** Asks the embedded startup to load these files if the store is new. */
    public static void request(List<Path> paths, PublishedOptions options) {
        request = new Request(List.copyOf(paths), options);
        loaded = null;
    }

    /** The pending request, taken (the startup's). */
    static Request takeRequest() {
        Request r = request;
        request = null;
        return r;
    }

    static void loaded(NewStorePublishedImport.Loaded run) {
        loaded = run;
    }

    /** The run loaded into a new store (to finish in the running database), or null when the store existed. */
    public static NewStorePublishedImport.Loaded takeLoaded() {
        NewStorePublishedImport.Loaded l = loaded;
        loaded = null;
        request = null;
        return l;
    }
}
