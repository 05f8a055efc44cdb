package org.kamgraph.cypher.ingest.published;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.kamgraph.cypher.ingest.GraphWriter.NodeRow;
import org.kamgraph.cypher.ingest.GraphWriter.RelRow;
import org.kamgraph.cypher.ingest.InputRow;
import org.kamgraph.cypher.ingest.InputShape;
import org.kamgraph.cypher.ingest.RowReader;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.PropertySpec;
import org.kamgraph.readers.PublishedFile;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;

/**
 * One shape (nodes of one kind, or relationships of one type between two kinds) of one published file, as the
 * importer's validation and writers see inputs: the rows of this shape that the file's one read kept
 * ({@link TranslatedRows}: typed as the model types them, each with the line it is reported at), with {@code source}
 * (the format's name) and {@code lastVerified} (the file's as-of day) added. Rejects and rows outside the region are
 * not this reader's business: the one read counts them.
 */
final class PublishedRowReader implements RowReader {
    private final PublishedFile file;
    private final SourceFormat format;
    private final Shape shape;
    private final ReadContext context;
    /** Whether relationships are kept (a new store's second, upserting pass keeps only nodes). */
    private final boolean keepRelationships;
    /** The rows of the file's one read: the file is not parsed again. */
    private final TranslatedRows translated;
    /** Which node rows of {@link #translated} are kept. */
    private final Nodes nodes;
    /**
     * Completes when {@link #translated} is complete: true to read it, false when the file was refused or not read
     * (then this reader yields nothing). Null: complete already.
     */
    private final java.util.concurrent.CompletableFuture<Boolean> ready;

    /**
     * Relationship rows read while the file is still being read ({@link TranslatedRows#readWhileWritten}): for a new
     * store's run, where validation reaches a file's relationships once every node input is validated.
     */
    private boolean whileWritten;
    /** Set when this reader yielded rows of a file that was refused after them: the run validates again without it. */
    volatile boolean yieldedRefusedRows;

    /** Reads the relationship rows while the file is being read (see {@link #whileWritten}); returns this. */
    PublishedRowReader whileWritten() {
        this.whileWritten = !shape.holdsNodes();
        return this;
    }

    /** Which node rows a reader of translated rows keeps, by {@link TranslatedRows.Row#firstHere}. */
    enum Nodes {
        ALL, FIRST_HERE, EMITTED_BEFORE
    }

    /** Every row of the shape, the file's read complete. */
    PublishedRowReader(TranslatedRows translated, PublishedFile file, SourceFormat format, Shape shape, ReadContext context) {
        this(translated, file, format, shape, context, Nodes.ALL, true, null);
    }

    /**
     * A new store's run: rows of {@code translated} once {@code ready}, the node rows that {@code nodes} says, the
     * relationships if {@code keepRelationships}.
     */
    PublishedRowReader(TranslatedRows translated, PublishedFile file, SourceFormat format, Shape shape, ReadContext context,
                       Nodes nodes, boolean keepRelationships, java.util.concurrent.CompletableFuture<Boolean> ready) {
        this.translated = java.util.Objects.requireNonNull(translated);
        this.nodes = nodes;
        this.ready = ready;
        this.file = file;
        this.format = format;
        this.shape = shape;
        this.context = context;
        this.keepRelationships = keepRelationships;
    }

    Shape publishedShape() {
        return shape;
    }

    /** {@code npidata_pfile.csv [Clinician]}: the file and the shape, in problems and the report. */
    @Override
    public String name() {
        return name(file.name(), shape);
    }

    static String name(String file, Shape shape) {
        return file + " [" + shape + "]";
    }

    @Override
    public InputShape shape(Problems problems) {
        if (shape.holdsNodes()) {
            List<InputShape.Field> fields = shape.node().properties().values().stream()
                    .filter(p -> !p.name().equals("id")).map(p -> new InputShape.Field(p.name(), p)).toList();
            return InputShape.nodes(shape.node(), fields);
        }
        List<InputShape.Field> fields = shape.type().properties().values().stream()
                .map(p -> new InputShape.Field(p.name(), p)).toList();
        return InputShape.relationships(shape.type(), shape.from(), "start (" + shape.from().label() + ")", shape.to(),
                "end (" + shape.to().label() + ")", fields);
    }

    @Override
    public void read(Problems problems, Consumer<InputRow> rows) {
        if (whileWritten) {
            long[] yielded = {0};
            boolean whole = translated.readWhileWritten(shape, r -> {
                yielded[0]++;
                rows.accept(relationship(r));
            });
            if (!whole && yielded[0] > 0) {
                yieldedRefusedRows = true;
            }
            return;
        }
        if (ready != null && !awaitReady()) {
            return;
        }
        readTranslated(rows);
    }

    /** Waits for the file's one read (in another thread): whether there is anything to read. */
    private boolean awaitReady() {
        try {
            return ready.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + name() + " was being read", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof java.io.IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
            throw new IllegalStateException(c);
        }
    }

    /** The rows of this shape that the file's one read kept, with the provenance added and the filters applied. */
    private void readTranslated(Consumer<InputRow> rows) {
        String source = format.name();
        LocalDate asOf = context.asOf();
        if (shape.holdsNodes()) {
            NodeKind kind = shape.node();
            translated.read(shape, r -> {
                String id = r.first();
                boolean keep = switch (nodes) {
                    case ALL -> true;
                    case FIRST_HERE -> r.firstHere();
                    case EMITTED_BEFORE -> !r.firstHere() && !id.isEmpty();
                };
                if (keep) {
                    Map<String, Object> p = r.props();
                    p.put("source", source);
                    p.put("lastVerified", asOf);
                    p.put("id", id.isEmpty() ? null : id);
                    rows.accept(new InputRow.Node(r.line(), new NodeRow(id, p), true));
                }
            });
        } else if (keepRelationships) {
            translated.read(shape, r -> rows.accept(relationship(r)));
        }
    }

    private InputRow relationship(TranslatedRows.Row r) {
        Map<String, Object> p = r.props();
        p.put("source", format.name());
        p.put("lastVerified", context.asOf());
        return new InputRow.Relationship(r.line(), shape.type(), new RelRow(r.first(), r.second(), p), true);
    }

    /** Typed properties of the model, with the provenance every published row gets. */
    static Map<String, Object> properties(Map<String, Object> emitted, Map<String, PropertySpec> specs, String source,
                                          LocalDate asOf) {
        Map<String, Object> props = typed(emitted, specs);
        props.put("source", source);
        props.put("lastVerified", asOf);
        return props;
    }

    /** The emitted values as the model types them (whole numbers as Long, decimals as Double, enumerations normalised). */
    static Map<String, Object> typed(Map<String, Object> emitted, Map<String, PropertySpec> specs) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : emitted.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            PropertySpec spec = specs.get(e.getKey());
            Object v = switch (e.getValue()) {
                case Integer i -> i.longValue();
                case Short s -> s.longValue();
                case Float f -> f.doubleValue();
                case java.math.BigDecimal b -> b.doubleValue();
                default -> e.getValue();
            };
            props.put(e.getKey(), spec == null ? v : spec.normalise(v));
        }
        return props;
    }
}
