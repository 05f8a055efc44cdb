package org.kamgraph.cypher.ingest.published;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.Emit;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;

/**
 * The rows one read of a published file emitted, kept per shape in a temporary file of its own, so that validation
 * and the writers read them again without parsing and translating the file again: a file is read ONCE whatever its
 * number of shapes (the NPI registry has nine: four node kinds, five PART_OF). Parsing is what a published file costs
 * (an NPI registry row has 330 quoted fields; its translated node a dozen values), so the second and later reads of
 * these files cost a small part of the first.
 *
 * <p>Rows are kept as their translator emitted them, typed and normalised as the model types them
 * ({@link PublishedRowReader#properties}), each with the line it is reported at (the rule of {@link Emit#atLine}: the
 * row's own line, the line an aggregate named, or for rows emitted after the last line one line each). A row's record:
 * its line, id (nodes) or endpoint ids (relationships), and its properties as (name index, type tag, value); the
 * names are kept once, in memory. {@code source} and {@code lastVerified}, the same for the whole file, are added back
 * by the readers.
 */
final class TranslatedRows implements AutoCloseable {
    private static final byte STRING = 1;
    private static final byte LONG = 2;
    private static final byte DOUBLE = 3;
    private static final byte BOOLEAN = 4;
    private static final byte DATE = 5;
    /** A node row's mark: {@link Row#firstHere}. */
    private static final String FIRST_HERE = "\u0001";
    private static final String EMITTED_BEFORE = "\u0000";

    private final Path dir;
    private final SourceFormat format;
    private final Map<Shape, Spill> spills = new LinkedHashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();
    /** The line of the row being translated, or after the last line once the file is read. */
    private long line;
    /** The line {@link Emit#atLine} named for the rows emitted next, or -1. */
    private long atLine = -1;
    private boolean finishing;
    private boolean closed;

    /** Rows written between two flushes: what a tailing reader ({@link #readWhileWritten}) sees at a time. */
    private static final int FLUSH_ROWS = 8_192;
    /** The read is complete: every row is in the files. */
    private volatile boolean complete;
    /** The read was given up (the file refused, or not read): a tailing reader stops. */
    private volatile boolean abandoned;

    /** One shape's rows. */
    private static final class Spill {
        final Path path;
        DataOutputStream out;
        long rows;
        /** Rows in the file for a reader to see (flushed); all of them once the read is complete. */
        volatile long flushed;

        Spill(Path path) throws IOException {
            this.path = path;
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(path), 1 << 16));
        }
    }

    /** @param dir where the shapes' files go (created if need be); they are deleted on {@link #close} */
    TranslatedRows(Path dir, String fileName, SourceFormat format) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.format = format;
        int i = 0;
        for (Shape shape : format.shapes()) {
            spills.put(shape, new Spill(dir.resolve(safe(fileName) + "." + (i++) + ".rows")));
        }
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** The next row of the file starts on {@code l}. */
    void row(long l) {
        line = l;
        atLine = -1;
    }

    /** The file is read; rows emitted from now on (an aggregation's) come after its last line. */
    void finishing() {
        line++;
        atLine = -1;
        finishing = true;
    }

    private long lineOfRow() {
        if (atLine >= 0) {
            return atLine;
        }
        return finishing ? line++ : line;
    }

    /**
     * An {@link Emit} that keeps every node and relationship row of the format's shapes and passes every call on to
     * {@code also} (the first read's rejects and identities).
     */
    Emit recording(Emit also) {
        return recording(also, (kind, id) -> true);
    }

    /**
     * As {@link #recording(Emit)}, and each node row keeps whether {@code firstHere} held for it when it was emitted
     * (after {@code also} took it): for a new store's run, whether this file is the first of the run to emit the node
     * ({@link Row#firstHere}), decided while the run's identities are fed, in the reading thread.
     */
    Emit recording(Emit also, java.util.function.BiPredicate<NodeKind, String> firstHere) {
        return new Emit() {
            public void node(NodeKind kind, String id, Map<String, Object> props) {
                also.node(kind, id, props);
                Spill s = spills.get(Shape.nodes(kind));
                if (s != null) {
                    boolean first = id == null || id.isBlank() || firstHere.test(kind, id);
                    write(s, lineOfRow(), id == null ? "" : id, first ? FIRST_HERE : EMITTED_BEFORE, props, kind.properties());
                }
            }

            public void relationship(RelKind type, NodeKind from, String start, NodeKind to, String end, Map<String, Object> props) {
                also.relationship(type, from, start, to, end, props);
                Spill s = spills.get(Shape.relationships(type, from, to));
                if (s != null) {
                    write(s, lineOfRow(), start == null ? "" : start, end == null ? "" : end, props, type.properties());
                }
            }

            public void reject(String column, String reason) {
                also.reject(column, reason);
            }

            public void outsideRegion() {
                also.outsideRegion();
            }

            public void end(NodeKind kind, String id, LocalDate validTo) {
                also.end(kind, id, validTo);
            }

            public void atLine(long l) {
                atLine = l;
                also.atLine(l);
            }
        };
    }

    private void write(Spill s, long rowLine, String first, String second, Map<String, Object> emitted,
                       Map<String, org.kamgraph.model.PropertySpec> specs) {
        Map<String, Object> props = PublishedRowReader.typed(emitted, specs);
        try {
            DataOutputStream out = s.out;
            out.writeLong(rowLine);
            writeString(out, first);
            writeString(out, second);
            out.writeShort(props.size());
            for (Map.Entry<String, Object> e : props.entrySet()) {
                out.writeShort(nameIndex.computeIfAbsent(e.getKey(), k -> {
                    synchronized (names) {
                        names.add(k);
                        return names.size() - 1;
                    }
                }));
                switch (e.getValue()) {
                    case String v -> {
                        out.writeByte(STRING);
                        writeString(out, v);
                    }
                    case Long v -> {
                        out.writeByte(LONG);
                        out.writeLong(v);
                    }
                    case Double v -> {
                        out.writeByte(DOUBLE);
                        out.writeDouble(v);
                    }
                    case Boolean v -> {
                        out.writeByte(BOOLEAN);
                        out.writeBoolean(v);
                    }
                    case LocalDate v -> {
                        out.writeByte(DATE);
                        out.writeLong(v.toEpochDay());
                    }
                    default -> throw new IllegalStateException("format " + format.name() + " emitted " + e.getKey() + " as "
                            + e.getValue().getClass().getSimpleName() + "; a published row's values are text, whole numbers, "
                            + "decimals, yes/no or dates");
                }
            }
            if (++s.rows % FLUSH_ROWS == 0) {
                out.flush();
                s.flushed = s.rows;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file is read: the shapes' files are complete and can be read ({@link #read}), as often as needed. */
    void complete() throws IOException {
        for (Spill s : spills.values()) {
            if (s.out != null) {
                s.out.close();
                s.out = null;
                s.flushed = s.rows;
            }
        }
        complete = true;
    }

    /** The read is given up (the file was refused, or is not read): readers stop; the files are deleted. */
    void abandon() throws IOException {
        abandoned = true;
        close();
    }

    /**
     * Every row of the shape, read WHILE the file is still being read (in another thread): rows come as they are
     * flushed, a batch at a time, until the read is complete. Returns false when the read was abandoned midway (the
     * file refused): then the rows yielded so far are all the caller got, and must not be used.
     */
    boolean readWhileWritten(Shape shape, java.util.function.Consumer<Row> rows) {
        Spill s = spills.get(shape);
        if (s == null) {
            return true;
        }
        boolean relationships = !shape.holdsNodes();
        long r = 0;
        DataInputStream in = null;
        try {
            while (true) {
                boolean done = complete;
                boolean given = abandoned;
                long available = s.flushed;
                if (given) {
                    return false;
                }
                if (r < available && in == null) {
                    in = new DataInputStream(new BufferedInputStream(Files.newInputStream(s.path), 1 << 16));
                }
                for (; r < available; r++) {
                    rows.accept(row(in, relationships));
                }
                if (done && r >= s.flushed) {
                    return true;
                }
                if (r >= available) {
                    java.util.concurrent.locks.LockSupport.parkNanos(2_000_000);
                    if (Thread.currentThread().isInterrupted()) {
                        throw new IllegalStateException("interrupted while waiting for the rows of " + s.path);
                    }
                }
            }
        } catch (IOException e) {
            if (abandoned) {
                return false; // the file was deleted under us: given up
            }
            throw new UncheckedIOException(e);
        } finally {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // read only
                }
            }
        }
    }

    /** How many rows of the shape the read kept. */
    long rows(Shape shape) {
        Spill s = spills.get(shape);
        return s == null ? 0 : s.rows;
    }

    /**
     * A kept row: where it is reported, its id (nodes) or endpoints (relationships), its properties (without source
     * and lastVerified), and for a node whether it was first emitted by this file in its run.
     */
    record Row(long line, String first, String second, Map<String, Object> props, boolean firstHere) {
    }

    /** Every kept row of the shape, in the order they were emitted. */
    void read(Shape shape, java.util.function.Consumer<Row> rows) {
        Spill s = spills.get(shape);
        if (s == null || s.rows == 0) {
            return;
        }
        if (s.out != null) {
            throw new IllegalStateException("the rows of " + s.path + " are read before the file's read is complete");
        }
        boolean relationships = !shape.holdsNodes();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(s.path), 1 << 16))) {
            for (long r = 0; r < s.rows; r++) {
                rows.accept(row(in, relationships));
            }
        } catch (EOFException e) {
            throw new UncheckedIOException(new IOException("the translated rows of " + s.path + " end early", e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Row row(DataInputStream in, boolean relationships) throws IOException {
        long rowLine = in.readLong();
        String first = readString(in);
        String second = readString(in);
        int n = in.readShort();
        Map<String, Object> props = new LinkedHashMap<>(Math.max(4, n * 2));
        for (int i = 0; i < n; i++) {
            String name = name(in.readShort());
            byte type = in.readByte();
            Object v = switch (type) {
                case STRING -> readString(in);
                case LONG -> in.readLong();
                case DOUBLE -> in.readDouble();
                case BOOLEAN -> in.readBoolean();
                case DATE -> LocalDate.ofEpochDay(in.readLong());
                default -> throw new IOException("unknown value type " + type);
            };
            props.put(name, v);
        }
        return relationships ? new Row(rowLine, first, second, props, true)
                : new Row(rowLine, first, null, props, second.equals(FIRST_HERE));
    }

    /** A property name by its index; the names are shared with the reading thread, which adds them as it meets them. */
    private String name(int index) {
        synchronized (names) {
            return names.get(index);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw new EOFException();
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Deletes the shapes' files. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        for (Spill s : spills.values()) {
            if (s.out != null) {
                try {
                    s.out.close();
                } catch (IOException ignored) {
                    // deleted next
                }
            }
            Files.deleteIfExists(s.path);
        }
        try (var left = Files.list(dir)) {
            if (left.findAny().isEmpty()) {
                Files.deleteIfExists(dir);
            }
        } catch (IOException ignored) {
            // a directory shared with other files stays
        }
    }
}
