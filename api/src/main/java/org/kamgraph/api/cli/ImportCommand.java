package org.kamgraph.api.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.kamgraph.api.embedded.EmbeddedStartup;
import org.kamgraph.cypher.ingest.CsvImporter;
import org.kamgraph.cypher.ingest.ImportOptions;
import org.kamgraph.cypher.ingest.ImportProgress;
import org.kamgraph.cypher.ingest.ImportReport;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With {@code --format=NAME|auto}, files in published formats: see {@link PublishedImportCommand}. Otherwise
 * {@code import DIR|FILE... [--skip-invalid] [--batch-size=N] [--spring.neo4j.uri=...]}: imports CSV files into the
 * configured database (the embedded one under kam.embedded.data-dir unless a URI is given), with a progress bar.
 * Exit code 0 when written, 1 when rejected (nothing written), 2 on bad usage.
 */
public final class ImportCommand {
    private ImportCommand() {
    }

    /**
     * @param application the Spring application to start without its web server (the service's, passed in by its
     *                    main: the commands do not reach back up to it)
     */
    public static int run(Class<?> application, String[] args) {
        if (java.util.Arrays.stream(args).anyMatch(a -> a.startsWith("--format="))) {
            return PublishedImportCommand.run(application, args); // files in published formats
        }
        List<Path> paths = new ArrayList<>();
        List<String> springArgs = new ArrayList<>(List.of("--kam.demo.load=false", "--spring.main.banner-mode=off"));
        boolean skipInvalid = false;
        int batchSize = ImportOptions.DEFAULT_BATCH_SIZE;
        for (String a : args) {
            if (a.equals("--skip-invalid")) {
                skipInvalid = true;
            } else if (a.startsWith("--batch-size=")) {
                try {
                    batchSize = Integer.parseInt(a.substring("--batch-size=".length()));
                } catch (NumberFormatException e) {
                    return usage("--batch-size needs a whole number, got " + a);
                }
            } else if (a.startsWith("--")) {
                springArgs.add(a);
            } else {
                paths.add(Path.of(a));
            }
        }
        if (paths.isEmpty()) {
            return usage("name a directory of CSV files or the files to import");
        }
        ImportOptions options;
        try {
            options = new ImportOptions(skipInvalid, batchSize, null);
            CsvImporter.sources(paths); // fails early, before any database starts, on missing files
        } catch (IllegalArgumentException | java.io.IOException e) {
            return usage(e.getMessage());
        }
        // Into an embedded data directory without a store, Neo4j's offline importer builds it (fast bulk path).
        springArgs.add("--kam.embedded.initial-import=" + String.join(",", paths.stream().map(Path::toString).toList()));
        springArgs.add("--kam.embedded.initial-import-skip-invalid=" + skipInvalid);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).run(springArgs.toArray(String[]::new));
             BarProgress bar = new BarProgress()) {
            EmbeddedStartup startup = ctx.getBeanProvider(EmbeddedStartup.class).getIfAvailable();
            ImportReport report = startup != null && startup.report() != null && "initial-import".equals(startup.source())
                    ? startup.report()
                    : ctx.getBean(CsvImporter.class).run(CsvImporter.sources(paths), options.withProgress(bar));
            bar.close();
            System.out.print(report.summary());
            ctx.getBean(org.kamgraph.api.security.AuditLog.class).record(org.kamgraph.api.security.KamUser.commandLine(), "import (command)",
                    paths + ", skipInvalid " + skipInvalid, org.kamgraph.api.security.AuditLog.outcome(report));
            return report.rejected() ? 1 : 0;
        } catch (java.io.IOException e) {
            return usage(e.getMessage());
        } catch (RuntimeException e) {
            if (!org.kamgraph.cypher.DatabaseUnavailableException.isUnavailability(e)) {
                throw e;
            }
            System.err.println("import: " + org.kamgraph.cypher.DatabaseUnavailableException.MESSAGE + " (" + e.getMessage()
                    + "). The batches written before stay, never part of one; run the same import again to complete it.");
            return 3;
        }
    }

    private static int usage(String problem) {
        System.err.println("import: " + problem);
        System.err.println("usage: import DIR|FILE.csv... [--skip-invalid] [--batch-size=N] [--spring.neo4j.uri=bolt://host:7687 ...]");
        System.err.println("   or: import --format=NAME|auto [--states=SD,ND] [--as-of=YYYY-MM-DD] [--rejects=DIR] FILE|DIR... (published formats)");
        return 2;
    }

    /** A terminal progress bar: rows done, rate and ETA. */
    private static final class BarProgress implements ImportProgress, AutoCloseable {
        private ProgressBar bar;

        private long lastValidationPrint;

        @Override
        public void validating(String file, long rows) {
            long now = System.nanoTime();
            if (now - lastValidationPrint > 2_000_000_000L) {
                lastValidationPrint = now;
                System.err.printf("Validating: %,d rows checked (%s)%n", rows, file);
            }
        }

        @Override
        public void start(long totalRows) {
            bar = new ProgressBarBuilder().setTaskName("Import").setInitialMax(totalRows).setUnit(" rows", 1)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed().setUpdateIntervalMillis(500).build();
        }

        @Override
        public void advance(String file, long rows) {
            bar.stepBy(rows);
            bar.setExtraMessage(file);
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }
}
