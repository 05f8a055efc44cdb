package org.kamgraph.demo;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code generate DIR [--scale=1] [--seed=42] [--today=YYYY-MM-DD] [--import-format-only]}: writes the demo market as
 * CSV files, as of today (UTC) unless a date is given; the same seed, scale and date give the same files. What public
 * US files carry (the NPI registry, Part D prescribing, shared patients) goes into {@code DIR/published} in those
 * files' formats, the rest into DIR in the import format; with {@code --import-format-only} all of it into DIR. The main class
 * of demo/target/kam-demo.jar ({@code ./kam generate}; {@code ./kam run} uses it to write the demo market that the
 * service imports into a new store).
 */
public final class GenerateCommand {
    private GenerateCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        Path dir = null;
        double scale = 1;
        long seed = 42;
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        boolean importFormatOnly = false;
        try {
            for (String a : args) {
                if (a.startsWith("--scale=")) {
                    scale = Double.parseDouble(a.substring(8));
                } else if (a.startsWith("--seed=")) {
                    seed = Long.parseLong(a.substring(7));
                } else if (a.startsWith("--today=")) {
                    today = java.time.LocalDate.parse(a.substring(8));
                } else if (a.equals("--import-format-only")) {
                    importFormatOnly = true;
                } else if (!a.startsWith("--") && dir == null) {
                    dir = Path.of(a);
                } else {
                    return usage("unknown argument " + a);
                }
            }
        } catch (NumberFormatException e) {
            return usage("--scale takes a number and --seed a whole number: " + e.getMessage());
        } catch (java.time.format.DateTimeParseException e) {
            return usage("--today takes a date YYYY-MM-DD: " + e.getMessage());
        }
        if (dir == null) {
            return usage("name the directory to write");
        }
        if (!(scale > 0 && scale <= 200)) {
            return usage("--scale must be above 0 and at most 200, was " + scale);
        }
        try {
            Files.createDirectories(dir);
            long t0 = System.nanoTime();
            DemoMarketGenerator generator = new DemoMarketGenerator(new DemoMarketSpec(seed, scale, today));
            GenerationSummary s = (importFormatOnly ? generator.importFormatOnly() : generator).writeTo(dir);
            System.out.printf("Wrote %,d nodes and %,d relationships to %s in %.1f s%n", s.nodes(), s.relationships(), dir,
                    (System.nanoTime() - t0) / 1e9);
            if (!s.publishedNodesPerFile().isEmpty()) {
                System.out.printf("Published formats in %s: %s%n", dir.resolve(PublishedFiles.DIRECTORY),
                        String.join(", ", java.util.stream.Stream.concat(s.publishedNodesPerFile().entrySet().stream(),
                                s.publishedRelationshipsPerFile().entrySet().stream())
                                .map(e -> String.format("%s (%,d rows)", e.getKey(), e.getValue())).toList()));
            }
            return 0;
        } catch (java.io.IOException e) {
            System.err.println("generate: " + e.getMessage());
            return 1;
        }
    }

    private static int usage(String problem) {
        System.err.println("generate: " + problem);
        System.err.println("usage: generate DIR [--scale=1] [--seed=42] [--today=YYYY-MM-DD] [--import-format-only]");
        return 2;
    }
}
