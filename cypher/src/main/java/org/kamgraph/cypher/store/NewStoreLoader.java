package org.kamgraph.cypher.store;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.kamgraph.cypher.ingest.CsvImporter;
import org.kamgraph.cypher.ingest.CsvSource;
import org.kamgraph.cypher.ingest.GraphWriter;
import org.kamgraph.cypher.ingest.ImportOptions;
import org.kamgraph.cypher.ingest.ImportReport;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * Bulk-loads a new embedded store, before the database starts, with Neo4j's own offline importer (the
 * {@code neo4j-admin database import full} command, run in-process): the input is first validated by kam-graph's
 * importer, which writes the valid rows as neo4j-admin files; Neo4j then builds the store from them, several times
 * faster than transactional writes (docs/PERFORMANCE.md). Used for the demo market on first start and for the
 * {@code import} command into a data directory that has no store yet.
 */
public final class NewStoreLoader {
    static final String DATABASE = "neo4j";

    private NewStoreLoader() {
    }

    /** Whether the embedded data directory already has a store for the default database. */
    public static boolean storeExists(Path home) {
        return Files.isDirectory(home.resolve("data").resolve("databases").resolve(DATABASE));
    }

    /** Whether {@code dir} is a directory holding CSV files to load (e.g. a generated market). */
    public static boolean hasCsvFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".csv"));
        }
    }

    /**
     * Validates and loads {@code sources} into a new store under {@code home}.
     *
     * @return the report (rejected: nothing written and no store created), or null when the input can only be
     *         loaded by upserts (it may repeat a relationship identity) and the caller must use the importer instead
     */
    public static ImportReport load(Path home, List<CsvSource> sources, ImportOptions options, PrintStream toolOutput) throws IOException {
        if (storeExists(home)) {
            throw new IllegalStateException("A store already exists under " + home + "; new-store loading would overwrite it");
        }
        long started = System.currentTimeMillis();
        Path staging = home.resolve("import-staging");
        deleteRecursively(staging);
        try {
            CsvImporter.AdminExport export = new CsvImporter(GraphWriter.none()).exportForAdminImport(sources, options, staging);
            if (export.report().rejected()) {
                return export.report();
            }
            if (!export.usable()) {
                return null;
            }
            runImportTool(home, export, toolOutput);
            return export.report().withElapsedMillis(System.currentTimeMillis() - started);
        } finally {
            deleteRecursively(staging);
        }
    }

    /**
     * Builds a new store under {@code home} from files already exported for the offline importer (e.g. by a run of
     * published files, {@code NewStorePublishedImport}).
     */
    public static void loadExport(Path home, CsvImporter.AdminExport export, PrintStream toolOutput) throws IOException {
        if (storeExists(home)) {
            throw new IllegalStateException("A store already exists under " + home + "; new-store loading would overwrite it");
        }
        runImportTool(home, export, toolOutput);
    }

    private static void runImportTool(Path home, CsvImporter.AdminExport export, PrintStream out) throws IOException {
        Files.createDirectories(home.resolve("logs"));
        List<String> args = new ArrayList<>();
        export.nodeFiles().forEach(f -> args.add("--nodes=" + f.labelsOrType() + "=" + f.path()));
        export.relationshipFiles().forEach(f -> args.add("--relationships=" + f.labelsOrType() + "=" + f.path()));
        args.add("--id-type=actual"); // the export numbers nodes 0..n-1: no id mapping needed
        args.add("--multiline-fields=" + export.multilineFields());
        args.add("--bad-tolerance=0");
        args.add("--report-file=" + home.resolve("logs").resolve("import.report"));
        args.add(DATABASE);
        ExecutionContext context = new ExecutionContext(home, home.resolve("conf"), out, out, new DefaultFileSystemAbstraction());
        int rc = new CommandLine(new ImportCommand.Full(context)).setOut(new java.io.PrintWriter(out, true))
                .setErr(new java.io.PrintWriter(out, true)).execute(args.toArray(String[]::new));
        if (rc != 0) {
            deleteRecursively(home.resolve("data").resolve("databases").resolve(DATABASE));
            deleteRecursively(home.resolve("data").resolve("transactions").resolve(DATABASE));
            throw new IllegalStateException("Neo4j's importer failed (exit code " + rc + "); see its output above and "
                    + home.resolve("logs").resolve("import.report"));
        }
    }

    public static void deleteRecursively(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
