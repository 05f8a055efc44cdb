package org.kamgraph.tools.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's results (medians per projection, both engines) and how they are printed: per projection and as one table. */
final class BenchReport {
    private BenchReport() {
    }

    /** Medians of one projection's runs, both engines. */
    record Result(BenchSpecs.Named spec, long vertices, long edges, double projection, double retainedBytes, long csrBytes,
                  long compactBytes, double compact, double pageRank, int iterations, double floor, double pull, long floorBytes,
                  double ourMax, double ourMean, Gds gds) {
        double algorithm() {
            return compact + pageRank;
        }

        double endToEnd() {
            return projection + algorithm();
        }

        double perIteration() {
            return pageRank / iterations;
        }
    }

    /** GDS's medians, or absent. */
    record Gds(long nodes, long relationships, double projection, long sizeInBytes, double retainedBytes, double pageRank,
               long iterations, double computeSeconds, double max, double mean) {
        double endToEnd() {
            return projection + pageRank;
        }
    }

    static String detail(Result r) {
        StringBuilder b = new StringBuilder();
        double m = Math.max(1, r.edges());
        b.append(String.format(Locale.ROOT, "  -- medians: %,d vertices, %,d edges%n", r.vertices(), r.edges()));
        b.append(String.format(Locale.ROOT, "  kam-graph: projection %.2f s (%,.0f edges/s); algorithm %.2f s (CSR copy %.2f s + PageRank %.2f s); "
                        + "end to end %.2f s%n", r.projection(), r.edges() / r.projection(), r.algorithm(), r.compact(), r.pageRank(),
                r.endToEnd()));
        b.append(String.format(Locale.ROOT, "  memory per edge: %.1f B retained heap of the projection (after GC); arrays: JGraphT CSR graph %.1f B, "
                + "CompactGraph copy %.1f B%n", r.retainedBytes(), r.csrBytes() / m, r.compactBytes() / m));
        b.append(String.format(Locale.ROOT, "  PageRank iteration %.2f ms; streaming floor %.2f ms (%,d bytes: %.1f GB/s); pull alone %.2f ms; "
                        + "iteration/floor %.2f%n", r.perIteration() * 1e3, r.floor() * 1e3, r.floorBytes(), r.floorBytes() / r.floor() / 1e9,
                r.pull() * 1e3, r.perIteration() / r.floor()));
        if (r.gds() != null) {
            Gds g = r.gds();
            b.append(String.format(Locale.ROOT, "  GDS: %,d nodes, %,d relationships%s; project %.2f s; pageRank.stats %.2f s (%d iterations, "
                            + "compute %.2f s); end to end %.2f s; graph %.1f B/edge (sizeInBytes), %.1f B/edge retained heap%n",
                    g.nodes(), g.relationships(), g.nodes() == r.vertices() && g.relationships() == r.edges() ? " (same graph)" : " (DIFFERENT graph!)",
                    g.projection(), g.pageRank(), g.iterations(), g.computeSeconds(), g.endToEnd(), g.sizeInBytes() / m, g.retainedBytes()));
            b.append(String.format(Locale.ROOT, "  kam/GDS: projection %.2f, algorithm %.2f, end to end %.2f, per iteration %.2f "
                            + "(below 1: kam-graph faster)%n", r.projection() / g.projection(), r.algorithm() / g.pageRank(),
                    r.endToEnd() / g.endToEnd(), r.perIteration() / (g.pageRank() / Math.max(1, g.iterations()))));
            b.append(String.format(Locale.ROOT, "  scores: max %.6g / mean %.6g (kam-graph, %d updates), %.6g / %.6g (GDS, %d iterations counting "
                    + "its initialisation)%n", r.ourMax(), r.ourMean(), Math.max(1, r.iterations() - 1), g.max(), g.mean(), g.iterations()));
        }
        return b.toString();
    }

    static String summary(List<Result> results) {
        List<String[]> rows = new ArrayList<>();
        boolean gds = results.stream().anyMatch(r -> r.gds() != null);
        List<String> head = new ArrayList<>(List.of("projection", "vertices", "edges", "proj s", "B/edge heap", "B/edge CSR", "algo s",
                "iters", "ms/iter", "floor ms", "iter/floor", "e2e s"));
        if (gds) {
            head.addAll(List.of("GDS proj s", "GDS PR s", "GDS B/edge", "GDS e2e s", "proj kam/GDS", "algo kam/GDS", "e2e kam/GDS"));
        }
        rows.add(head.toArray(String[]::new));
        for (Result r : results) {
            double m = Math.max(1, r.edges());
            List<String> row = new ArrayList<>(List.of(r.spec().name(), String.format(Locale.ROOT, "%,d", r.vertices()),
                    String.format(Locale.ROOT, "%,d", r.edges()), f2(r.projection()), f1(r.retainedBytes()), f1(r.csrBytes() / m),
                    f2(r.algorithm()), Integer.toString(r.iterations()), f1(r.perIteration() * 1e3), f1(r.floor() * 1e3),
                    f2(r.perIteration() / r.floor()), f2(r.endToEnd())));
            if (gds) {
                Gds g = r.gds();
                row.addAll(g == null ? List.of("", "", "", "", "", "", "") : List.of(f2(g.projection()), f2(g.pageRank()),
                        f1(g.sizeInBytes() / m), f2(g.endToEnd()), f2(r.projection() / g.projection()), f2(r.algorithm() / g.pageRank()),
                        f2(r.endToEnd() / g.endToEnd())));
            }
            rows.add(row.toArray(String[]::new));
        }
        return table(rows);
    }

    /** A plain-text table, first row the header, columns padded (text left, numbers right). */
    static String table(List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            for (int c = 0; c < cols; c++) {
                boolean left = c == 0 || i == 0;
                String cell = left ? String.format("%-" + width[c] + "s", r[c]) : String.format("%" + width[c] + "s", r[c]);
                b.append(c == 0 ? "" : "  ").append(cell);
            }
            b.append(System.lineSeparator());
            if (i == 0) {
                for (int c = 0; c < cols; c++) {
                    b.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
                }
                b.append(System.lineSeparator());
            }
        }
        return b.toString();
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
