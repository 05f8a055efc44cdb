package org.kamgraph.demo;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kamgraph.model.CommonProperties;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.PropertySpec;
import org.kamgraph.model.PropertyType;
import org.kamgraph.model.RelKind;

/**
 * The CSV files of one generated market, in the neo4j-admin header style: {@code <Label>.csv} per node kind and
 * {@code <TYPE>-<FromLabel>-<ToLabel>.csv} per relationship combination. Rows are streamed through fastcsv; each
 * file checks its columns against the model once and each row's set properties against its columns.
 */
final class CsvSink implements Closeable {
    private static final int BUFFER = 1 << 16;

    /** A reusable row: values by {@link Prop}, with a mask of which are set. */
    static final class Row {
        private final String[] values = new String[Prop.values().length];
        private long mask;
        /** Per-product parts of a money amount, by product seq, and which are set. */
        private final double[] parts = new double[64];
        private long partMask;

        /** Sets the part of the row's amount that pays for product {@code product} (a product seq, below 64). */
        Row part(int product, double amount) {
            parts[product] = amount;
            partMask |= 1L << product;
            return this;
        }

        Row set(Prop p, String value) {
            if (value != null) {
                values[p.ordinal()] = value;
                mask |= p.bit();
            }
            return this;
        }

        String get(Prop p) {
            return values[p.ordinal()];
        }

        Row clear() {
            long m = mask;
            while (m != 0) {
                int i = Long.numberOfTrailingZeros(m);
                values[i] = null;
                m &= m - 1;
            }
            mask = 0;
            partMask = 0;
            return this;
        }
    }

    /** One open CSV file. */
    final class Table {
        private final String fileName;
        private final CsvWriter writer;
        private final Prop[] columns;
        private final long allowed;
        private final long required;
        /** Whether the file has a column per product for the parts of its amount. */
        private final boolean parts;
        private long rows;

        private Table(String fileName, List<String> header, Prop[] columns, long required, boolean parts) throws IOException {
            this.fileName = fileName;
            this.columns = columns;
            this.parts = parts;
            long a = 0;
            for (Prop p : columns) {
                a |= p.bit();
            }
            this.allowed = a;
            this.required = required;
            this.writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).bufferSize(BUFFER)
                    .build(dir.resolve(fileName), StandardCharsets.UTF_8);
            writer.writeRecord(header);
        }

        /** Writes a node row (the id is the row's {@link Prop#ID}). */
        void write(Row row) {
            check(row);
            CsvWriter.CsvWriterRecord rec = writer.writeRecord();
            for (Prop p : columns) {
                String v = row.values[p.ordinal()];
                rec.writeField(v == null ? "" : v);
            }
            rec.endRecord();
            rows++;
        }

        /** Writes a relationship row. */
        void write(String start, String end, Row row) {
            check(row);
            CsvWriter.CsvWriterRecord rec = writer.writeRecord();
            rec.writeField(start);
            rec.writeField(end);
            for (Prop p : columns) {
                String v = row.values[p.ordinal()];
                rec.writeField(v == null ? "" : v);
            }
            if (parts) {
                for (int i = 0; i < productIds.size(); i++) {
                    rec.writeField((row.partMask & (1L << i)) != 0 ? Ids.decimal(row.parts[i], 2) : "");
                }
            }
            rec.endRecord();
            rows++;
        }

        private void check(Row row) {
            if (row.partMask != 0 && !parts) {
                throw new IllegalStateException(fileName + ": per-product amounts on a relationship without them");
            }
            if ((row.mask & ~allowed) != 0 || (row.mask & required) != required) {
                List<String> extra = new ArrayList<>();
                List<String> missing = new ArrayList<>();
                for (Prop p : Prop.values()) {
                    if ((row.mask & p.bit()) != 0 && (allowed & p.bit()) == 0) {
                        extra.add(p.key());
                    }
                    if ((required & p.bit()) != 0 && (row.mask & p.bit()) == 0) {
                        missing.add(p.key());
                    }
                }
                throw new IllegalStateException(fileName + ": row sets " + extra + " outside its columns or misses required " + missing);
            }
        }
    }

    private final Path dir;
    private final List<String> productIds;
    private final Map<String, Table> nodeTables = new LinkedHashMap<>();
    private final Map<String, Table> relTables = new LinkedHashMap<>();
    private final Table[] relIndex = new Table[RelKind.values().length * NodeKind.values().length * NodeKind.values().length];

    /** A sink whose money relationships carry no per-product parts. */
    CsvSink(Path dir) throws IOException {
        this(dir, List.of());
    }

    /**
     * Opens the sink on {@code dir}, creating it, and deletes CSV files left there by an earlier generation. Money
     * relationships get a column {@code amount.<product id>} per product, for the parts of their amount.
     */
    CsvSink(Path dir, List<String> productIds) throws IOException {
        if (productIds.size() > 64) {
            throw new IllegalArgumentException("a row keeps a 64-bit mask of per-product parts; " + productIds.size() + " products");
        }
        this.dir = dir;
        this.productIds = List.copyOf(productIds);
        Files.createDirectories(dir);
        deleteGeneratedFiles(dir);
    }

    /** Opens the node file of {@code kind} with the given columns (ID first); every column must be a property of the kind. */
    Table nodes(NodeKind kind, List<Prop> columns) throws IOException {
        if (columns.isEmpty() || columns.getFirst() != Prop.ID) {
            throw new IllegalArgumentException("the id column comes first");
        }
        List<String> header = new ArrayList<>();
        long required = 0;
        for (Prop p : columns) {
            PropertySpec spec = kind.property(p.key()).orElseThrow(() ->
                    new IllegalArgumentException(p.key() + " is not a property of " + kind.label()));
            header.add(p == Prop.ID ? "id:ID(" + kind.label() + ")" : headerCell(spec));
            if (spec.required()) {
                required |= p.bit();
            }
        }
        for (PropertySpec spec : kind.properties().values()) {
            if (spec.required() && !columns.contains(Prop.byKey(spec.name()))) {
                throw new IllegalArgumentException(kind.label() + " needs a column for " + spec.name());
            }
        }
        String name = kind.label() + ".csv";
        Table t = new Table(name, header, columns.toArray(Prop[]::new), required, false);
        nodeTables.put(name, t);
        return t;
    }

    /** The file of one (type, from kind, to kind) combination, opened on first use with all the type's properties as columns. */
    Table rels(RelKind rel, NodeKind from, NodeKind to) {
        int i = (rel.ordinal() * NodeKind.values().length + from.ordinal()) * NodeKind.values().length + to.ordinal();
        Table t = relIndex[i];
        if (t == null) {
            if (!rel.allows(from, to)) {
                throw new IllegalStateException(rel.type() + " may not join " + from.label() + " to " + to.label());
            }
            List<String> header = new ArrayList<>();
            header.add(":START_ID(" + from.label() + ")");
            header.add(":END_ID(" + to.label() + ")");
            List<Prop> columns = new ArrayList<>();
            long required = 0;
            Set<String> common = names(CommonProperties.RELATIONSHIP);
            Set<String> money = names(CommonProperties.MONEY);
            List<PropertySpec> ordered = new ArrayList<>();
            rel.properties().values().stream().filter(s -> !common.contains(s.name()) && !money.contains(s.name())).forEach(ordered::add);
            rel.properties().values().stream().filter(s -> money.contains(s.name())).forEach(ordered::add);
            rel.properties().values().stream().filter(s -> common.contains(s.name())).forEach(ordered::add);
            for (PropertySpec spec : ordered) {
                if (!spec.required() && Prop.find(spec.name()).isEmpty()) {
                    continue; // an optional property the generator never sets: no column (the model may grow)
                }
                Prop p = Prop.byKey(spec.name());
                columns.add(p);
                header.add(headerCell(spec));
                if (spec.required()) {
                    required |= p.bit();
                }
            }
            boolean parts = !productIds.isEmpty() && rel.isProductAmount(RelKind.productAmount(productIds.getFirst()));
            if (parts) {
                for (String product : productIds) {
                    header.add(headerCell(rel.property(RelKind.productAmount(product)).orElseThrow()));
                }
            }
            String name = rel.type() + "-" + from.label() + "-" + to.label() + ".csv";
            try {
                t = new Table(name, header, columns.toArray(Prop[]::new), required, parts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            relIndex[i] = t;
            relTables.put(name, t);
        }
        return t;
    }

    /** Rows per node file, by file name, sorted. */
    Map<String, Long> nodeCounts() {
        return counts(nodeTables);
    }

    /** Rows per relationship file, by file name, sorted. */
    Map<String, Long> relCounts() {
        return counts(relTables);
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Map<String, Table> m : List.of(nodeTables, relTables)) {
            for (Table t : m.values()) {
                try {
                    t.writer.close();
                } catch (IOException | UncheckedIOException e) {
                    IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                    if (first == null) {
                        first = io;
                    } else {
                        first.addSuppressed(io);
                    }
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static Map<String, Long> counts(Map<String, Table> tables) {
        Map<String, Long> m = new TreeMap<>();
        tables.forEach((k, v) -> m.put(k, v.rows));
        return m;
    }

    private static String headerCell(PropertySpec spec) {
        return spec.type() == PropertyType.STRING ? spec.name() : spec.name() + ":" + spec.type().csvName();
    }

    private static Set<String> names(List<PropertySpec> specs) {
        return Set.copyOf(specs.stream().map(PropertySpec::name).toList());
    }

    /** Whether {@code fileName} is one this generator writes: a node kind's label or TYPE-From-To, with .csv. */
    static boolean isGeneratedName(String fileName) {
        if (!fileName.endsWith(".csv")) {
            return false;
        }
        String[] parts = fileName.substring(0, fileName.length() - 4).split("-", -1);
        if (parts.length == 1) {
            return NodeKind.byLabel(parts[0]).filter(k -> k.label().equals(parts[0])).isPresent();
        }
        return parts.length == 3 && RelKind.byType(parts[0]).filter(r -> r.type().equals(parts[0])).isPresent()
                && NodeKind.byLabel(parts[1]).filter(k -> k.label().equals(parts[1])).isPresent()
                && NodeKind.byLabel(parts[2]).filter(k -> k.label().equals(parts[2])).isPresent();
    }

    private static void deleteGeneratedFiles(Path dir) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.csv")) {
            for (Path f : files) {
                if (Files.isRegularFile(f) && isGeneratedName(f.getFileName().toString())) {
                    Files.delete(f);
                }
            }
        }
    }
}
