package org.kamgraph.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Generates a deterministic, seeded demo market as CSV files in the neo4j-admin header style that the importer
 * reads: one node file per kind ({@code Hospital.csv}, header {@code id:ID(Hospital),name,city,...}) and one
 * relationship file per (type, from kind, to kind) ({@code INFLUENCES-Clinician-Person.csv}, header
 * {@code :START_ID(Clinician),:END_ID(Person),strength:double,basis,validFrom:date,...}). Every row passes the
 * model's {@link org.kamgraph.model.Validator}; no two relationships share (start, type, end, validFrom).
 *
 * <p>The market: a federal and a state health authority; national and regional payers (commercial, Medicare,
 * Medicaid), three PBMs (some owned by payers); IDNs owning hospitals, clinics, departments, committees and
 * specialty pharmacies; ACOs; wholesalers (three big ones with about 90% of the flow); retail, specialty, hospital
 * and mail-order pharmacies; products in six therapeutic areas (some ours); clinicians and other stakeholders with
 * positions, reporting lines, committee seats, influence (dense inside organizations, sparse across, with
 * heavy-tailed key opinion leaders), referrals and prescriptions; our field team and its coverage (with deliberate
 * gaps); decisions with their decision-making units; initiatives. Edges are effective-dated (some open-ended, some
 * past, every one with a validFrom) and carry a source ({@code demo-generator:...}) and a last-verified date. Dates
 * lie around the eight years before the spec's "today" (open decisions fall due after it); the clock is never read.
 * Money relationships carry per-product parts ({@code amount.<product id>}) that add up along their chains
 * ({@link MoneyPlan}).
 *
 * <p>Rows are streamed: memory grows with the number of nodes, not edges, so {@link DemoMarketSpec#national()}
 * (about 1.2M nodes, 18M edges) runs in a heap of about 1 GB (measured: 0.83 GB resident with -Xmx1g).
 */
public final class DemoMarketGenerator {
    private final DemoMarketSpec spec;
    private final int regions;
    private final boolean published;

    /**
     * A generator for one market.
     *
     * @param spec the seed and scale
     */
    public DemoMarketGenerator(DemoMarketSpec spec) {
        this(spec, Math.max(1, (int) Math.round(spec.scale())));
    }

    /** A market split into {@code regions} regions regardless of scale; lets tests build small multi-region markets. */
    DemoMarketGenerator(DemoMarketSpec spec, int regions) {
        this(spec, regions, true);
    }

    private DemoMarketGenerator(DemoMarketSpec spec, int regions, boolean published) {
        this.published = published;
        this.spec = java.util.Objects.requireNonNull(spec, "spec");
        if (regions < 1 || regions > 1_000) {
            throw new IllegalArgumentException("regions must be 1..1000, was " + regions);
        }
        this.regions = regions;
    }

    /**
     * This generator writing the whole market in the import format (as before the published-format readers): no
     * {@value PublishedFiles#DIRECTORY} directory; clinicians carry their NPI and profession in Clinician.csv, and
     * PRESCRIBES and REFERS_TO are relationship files.
     *
     * @return a generator of the same market in the import format only
     */
    public DemoMarketGenerator importFormatOnly() {
        return new DemoMarketGenerator(spec, regions, false);
    }

    /**
     * Writes the market's CSV files into {@code dir}, creating it if needed: our import format in {@code dir}, and
     * the parts that public US files carry, in those files' formats, in {@code dir/published} ({@link PublishedFiles}:
     * the NPI registry with every clinician, Medicare Part D prescribing per data year, DocGraph shared patients per
     * year; none with {@link #importFormatOnly()}). Files in these directories whose names this generator uses (a
     * node label, TYPE-From-To, or a published file's name) are deleted first, so that a smaller market does not
     * leave stale files behind; other files are left alone.
     *
     * @param dir the directory to write to
     * @return the rows written per file
     * @throws IOException if a file cannot be written
     */
    public GenerationSummary writeTo(Path dir) throws IOException {
        Market market = new Market(spec, regions);
        Ids ids = new Ids(market);
        java.util.List<String> productIds = market.products.stream().map(p -> ids.of(org.kamgraph.model.NodeKind.PRODUCT, p.seq())).toList();
        try (CsvSink sink = new CsvSink(dir, productIds);
             PublishedFiles files = published ? new PublishedFiles(dir) : null) {
            Emitter emitter = new Emitter(market, sink, files == null ? null : new PublishedRows(market, ids, files), ids);
            emitter.writeNodes();
            emitter.writeEdges();
            return files == null ? new GenerationSummary(sink.nodeCounts(), sink.relCounts())
                    : new GenerationSummary(sink.nodeCounts(), sink.relCounts(), files.nodeCounts(), files.relationshipCounts());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * What this generator generates.
     *
     * @return the spec it was made with
     */
    public DemoMarketSpec spec() {
        return spec;
    }
}
