package org.kamgraph.api.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.ingest.ImportOptions;
import org.kamgraph.cypher.ingest.published.PublishedImport;
import org.kamgraph.cypher.ingest.published.PublishedOptions;
import org.kamgraph.cypher.ingest.published.PublishedProgress;
import org.kamgraph.cypher.ingest.published.PublishedReport;
import org.kamgraph.readers.Region;
import org.kamgraph.readers.SourceFormats;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code import --format=NAME|auto [--states=SD,ND] [--territories=T1,T2 [--territory-file=FILE]] [--as-of=YYYY-MM-DD]
 * [--rejects=DIR] [--batch-size=N] PATH...}:
 * imports files in published formats (docs/IMPORT.md, "Published formats") into the configured database, with a
 * progress bar per file. Exit code 0 when every file was imported, 1 when a file was refused (the files before it stay
 * written, none after it is), 2 on bad usage.
 */
final class PublishedImportCommand {
    private PublishedImportCommand() {
    }

    static int run(Class<?> application, String[] args) {
        List<Path> paths = new ArrayList<>();
        List<String> springArgs = new ArrayList<>(List.of("--kam.demo.load=false", "--spring.main.banner-mode=off"));
        String format = null;
        String states = null;
        String territories = null;
        Path territoryFile = Path.of(org.kamgraph.api.importing.ImportRegion.DEFAULT_FILE);
        String asOf = null;
        Path rejects = Path.of("data", "rejects");
        int batchSize = ImportOptions.DEFAULT_BATCH_SIZE;
        for (String a : args) {
            if (a.startsWith("--format=")) {
                format = a.substring("--format=".length());
            } else if (a.startsWith("--states=")) {
                states = a.substring("--states=".length());
            } else if (a.startsWith("--territories=") || a.startsWith("--territory=")) {
                territories = a.substring(a.indexOf('=') + 1);
            } else if (a.startsWith("--territory-file=")) {
                territoryFile = Path.of(a.substring("--territory-file=".length()));
            } else if (a.startsWith("--as-of=")) {
                asOf = a.substring("--as-of=".length());
            } else if (a.startsWith("--rejects=")) {
                rejects = Path.of(a.substring("--rejects=".length()));
            } else if (a.startsWith("--batch-size=")) {
                try {
                    batchSize = Integer.parseInt(a.substring("--batch-size=".length()));
                } catch (NumberFormatException e) {
                    return usage("--batch-size needs a whole number, got " + a);
                }
            } else if (a.equals("--skip-invalid")) {
                return usage("--skip-invalid is for our own CSV files; a published file's invalid rows are always rejected"
                        + " one by one (listed in the reject file)");
            } else if (a.startsWith("--")) {
                springArgs.add(a);
            } else {
                paths.add(Path.of(a));
            }
        }
        if (paths.isEmpty()) {
            return usage("name the files (or directories of files) to import");
        }
        PublishedOptions options;
        try {
            String f = format.strip().toLowerCase(Locale.ROOT);
            if (!f.equals(PublishedOptions.AUTO) && SourceFormats.byName(f).isEmpty()) {
                return usage("unknown format '" + format + "'; formats: auto, " + SourceFormats.names());
            }
            Region region = org.kamgraph.api.importing.ImportRegion.of(states, territories, territoryFile);
            options = new PublishedOptions(f, region, PublishedOptions.asOf(asOf), rejects, batchSize, null);
            PublishedImport.files(paths); // fails early, before any database starts, on missing files
        } catch (BadInputException | IllegalArgumentException | IOException e) {
            return usage(e instanceof BadInputException b && b.argument() != null ? "--" + e.getMessage() : e.getMessage());
        }
        Bar bar = new Bar();
        // Into an embedded data directory without a store, the startup builds it from all files at once (offline importer).
        org.kamgraph.api.embedded.PublishedInitialImport.request(paths, options.withProgress(bar));
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).run(springArgs.toArray(String[]::new));
             bar) {
            org.kamgraph.cypher.ingest.published.NewStorePublishedImport.Loaded loaded = org.kamgraph.api.embedded.PublishedInitialImport.takeLoaded();
            PublishedReport report = loaded != null ? ctx.getBean(PublishedImport.class).finishNewStore(loaded)
                    : ctx.getBean(PublishedImport.class).run(paths, options.withProgress(bar));
            bar.close();
            System.out.print(report.summary());
            String first = report.summary().strip().lines().reduce((a, b) -> b).orElse("");
            ctx.getBean(org.kamgraph.api.security.AuditLog.class).record(org.kamgraph.api.security.KamUser.commandLine(),
                    "import (command)", paths + ", format " + options.format() + ", region " + options.region().describe()
                            + ", as of " + options.asOf(), (report.incomplete() ? "refused: " : "ok: ") + first);
            return report.incomplete() ? 1 : 0;
        } catch (IOException e) {
            return usage(e.getMessage());
        } catch (RuntimeException e) {
            if (!org.kamgraph.cypher.DatabaseUnavailableException.isUnavailability(e)) {
                throw e;
            }
            System.err.println("import: " + org.kamgraph.cypher.DatabaseUnavailableException.MESSAGE + " (" + e.getMessage()
                    + "). The files and batches written before stay; run the same import again to complete it.");
            return 3;
        } finally {
            org.kamgraph.api.embedded.PublishedInitialImport.takeLoaded(); // nothing left for another run in this JVM
        }
    }

    private static int usage(String problem) {
        System.err.println("import: " + problem);
        System.err.println("usage: import --format=NAME|auto [--states=SD,ND] [--territories=T1,T2 [--territory-file=FILE]] "
                + "[--as-of=YYYY-MM-DD] [--rejects=DIR] [--batch-size=N] FILE|DIR...");
        System.err.println("formats: auto, " + SourceFormats.names());
        return 2;
    }

    /** Terminal progress: while a file is first read, rows and rate; while it is written, rows, rate and ETA. */
    private static final class Bar implements PublishedProgress, AutoCloseable {
        private ProgressBar bar;
        private String file;

        @Override
        public void reading(String file, long bytes) {
            close();
            this.file = file;
            bar = new ProgressBarBuilder().setTaskName("Read " + file).setInitialMax(-1).setUnit(" rows", 1)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed().setUpdateIntervalMillis(500).build();
        }

        @Override
        public void read(String file, long rows) {
            if (bar != null) {
                bar.stepTo(rows);
            }
        }

        @Override
        public void start(long totalRows) {
            close();
            bar = new ProgressBarBuilder().setTaskName("Write " + file).setInitialMax(totalRows).setUnit(" rows", 1)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed().setUpdateIntervalMillis(500).build();
        }

        @Override
        public void advance(String f, long rows) {
            if (bar != null) {
                bar.stepBy(rows);
            }
        }

        @Override
        public void fileDone(String f) {
            close();
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
