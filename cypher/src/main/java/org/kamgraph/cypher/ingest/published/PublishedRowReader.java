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
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.Emit;
import org.kamgraph.readers.PublishedFile;
import org.kamgraph.readers.PublishedFileException;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.Translator;

/**
 * One shape (nodes of one kind, or relationships of one type between two kinds) of one published file, as the
 * importer's validation and writers see inputs: every read goes through the file again with a fresh translator and
 * keeps the rows of this shape, typed as the model types them, with {@code source} (the format's name) and
 * {@code lastVerified} (the file's as-of day) added. Rows emitted after the last line (aggregations in
 * {@link Translator#finish}) carry the line their translator names ({@link Emit#atLine}: the aggregate's first row), else
 * the lines after the last, one each, so that each can be told apart. Rejects and rows
 * outside the region are not this reader's business: {@link PublishedImport} counts them in one pass of its own.
 */
final class PublishedRowReader implements RowReader {
    private final PublishedFile file;
    private final SourceFormat format;
    private final Shape shape;
    private final ReadContext context;
    /** Which node rows this reader keeps (kind, id): all of them, or in a new store's run those first emitted here. */
    private final java.util.function.BiPredicate<NodeKind, String> keepNode;
    /** Whether relationships are kept (a new store's second, upserting pass keeps only nodes). */
    private final boolean keepRelationships;
    /** The rows of the file's one read, when it was read already: then the file is not parsed again. */
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

    PublishedRowReader(PublishedFile file, SourceFormat format, Shape shape, ReadContext context) {
        this(file, format, shape, context, (k, id) -> true, true, null, Nodes.ALL, null);
    }

    PublishedRowReader(TranslatedRows translated, PublishedFile file, SourceFormat format, Shape shape, ReadContext context) {
        this(file, format, shape, context, (k, id) -> true, true, translated, Nodes.ALL, null);
    }

    /** A new store's run: rows of {@code translated} once {@code ready}, the node rows that {@code nodes} says. */
    PublishedRowReader(TranslatedRows translated, PublishedFile file, SourceFormat format, Shape shape, ReadContext context,
                       Nodes nodes, boolean keepRelationships, java.util.concurrent.CompletableFuture<Boolean> ready) {
        this(file, format, shape, context, (k, id) -> true, keepRelationships, translated, nodes, ready);
    }

    PublishedRowReader(PublishedFile file, SourceFormat format, Shape shape, ReadContext context,
                       java.util.function.BiPredicate<NodeKind, String> keepNode, boolean keepRelationships,
                       TranslatedRows translated, Nodes nodes, java.util.concurrent.CompletableFuture<Boolean> ready) {
        this.translated = translated;
        this.nodes = nodes;
        this.ready = ready;
        this.file = file;
        this.format = format;
        this.shape = shape;
        this.context = context;
        this.keepNode = keepNode;
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
        if (translated != null) {
            readTranslated(rows);
            return;
        }
        Keeper keeper = new Keeper(rows);
        Translator t = format.translator(context);
        try {
            file.rows(format, row -> {
                keeper.line = row.line();
                keeper.atLine = -1;
                t.row(row, keeper);
            });
            keeper.line++;
            keeper.finishing = true;
            t.finish(keeper);
        } catch (PublishedFileException e) {
            problems.input(Math.max(e.line(), 1), e.column(), e.reason());
        }
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

    /** Keeps the rows of this shape. */
    private final class Keeper implements Emit {
        private final Consumer<InputRow> rows;
        long line;
        /** The line {@link #atLine} named for the rows emitted next (an aggregate's first row), or -1. */
        long atLine = -1;
        boolean finishing;

        Keeper(Consumer<InputRow> rows) {
            this.rows = rows;
        }

        private long lineOfRow() {
            if (atLine >= 0) {
                return atLine;
            }
            return finishing ? line++ : line;
        }

        @Override
        public void atLine(long l) {
            atLine = l;
        }

        @Override
        public void end(NodeKind kind, String id, LocalDate validTo) {
            // ended after the file is written, from the first pass
        }

        @Override
        public void node(NodeKind kind, String id, Map<String, Object> props) {
            if (shape.holdsNodes() && kind == shape.node() && keepNode.test(kind, id)) {
                Map<String, Object> p = properties(props, kind.properties(), format.name(), context.asOf());
                p.put("id", id);
                rows.accept(new InputRow.Node(lineOfRow(), new NodeRow(id == null ? "" : id, p), true));
            }
        }

        @Override
        public void relationship(RelKind type, NodeKind from, String start, NodeKind to, String end, Map<String, Object> props) {
            if (keepRelationships && !shape.holdsNodes() && type == shape.type() && from == shape.from() && to == shape.to()) {
                Map<String, Object> p = properties(props, type.properties(), format.name(), context.asOf());
                rows.accept(new InputRow.Relationship(lineOfRow(), type,
                        new RelRow(start == null ? "" : start, end == null ? "" : end, p), true));
            }
        }

        @Override
        public void reject(String column, String reason) {
        }

        @Override
        public void outsideRegion() {
        }
    }
}
