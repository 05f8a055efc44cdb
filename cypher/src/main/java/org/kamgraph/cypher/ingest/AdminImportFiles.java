package org.kamgraph.cypher.ingest;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.cypher.ingest.GraphWriter.NodeRow;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.PropertyType;

/**
 * The bulk writer for a new store: writes valid rows as neo4j-admin import files, one per node input and one per
 * relationship input and type. Nodes are numbered 0, 1, 2, ... in the order they validate, and the files use these
 * numbers as the store's actual node ids ({@code --id-type=actual}), so Neo4j's importer needs no id mapping; the
 * model's id is an ordinary {@code id} property. Every value is written in its canonical form.
 */
final class AdminImportFiles implements AutoCloseable {
    private final Path dir;
    final List<AdminFile> nodeFiles = new ArrayList<>();
    final List<AdminFile> relationshipFiles = new ArrayList<>();
    private final Map<String, CsvWriter> writers = new HashMap<>();
    /** Whether a value holds a line break (the importer must then be told to expect multi-line fields). */
    boolean multiline;

    AdminImportFiles(Path dir) {
        this.dir = dir;
    }

    /** Where the files are written (and validation spills what it sorts). */
    Path dir() {
        return dir;
    }

    /** @param number the store's id for the node: only valid nodes get one, in order, so there are no gaps */
    void node(ImportInput input, NodeRow row, long number) {
        NodeKind kind = input.shape.nodeKind();
        List<InputShape.Field> props = input.shape.properties();
        CsvWriter out = input == lastInput && lastType == null ? lastWriter : writers.computeIfAbsent(input.index + "", k -> {
            Path p = dir.resolve(String.format("%03d-%s.csv", input.index, kind.label()));
            nodeFiles.add(new AdminFile(String.join(":", kind.labels()), p));
            return open(p, header(":ID,id", props));
        });
        remember(input, null, out);
        out.writeRecord(cells(Long.toString(number), row.id(), props, row.props()));
        input.written++;
    }

    void relationship(ImportInput input, InputRow.Relationship row, long start, long end) {
        List<InputShape.Field> props = input.shape.properties();
        String type = row.type().type();
        CsvWriter out = input == lastInput && row.type() == lastType ? lastWriter : writers.computeIfAbsent(input.index + ":" + type, k -> {
            Path p = dir.resolve(String.format("%03d-%s.csv", input.index, type));
            relationshipFiles.add(new AdminFile(type, p));
            return open(p, header(":START_ID,:END_ID", props));
        });
        remember(input, row.type(), out);
        out.writeRecord(cells(Long.toString(start), Long.toString(end), props, row.row().props()));
        input.written++;
    }

    /** The writer of the last row: rows come input by input, so most rows need no look-up by name. */
    private ImportInput lastInput;
    private org.kamgraph.model.RelKind lastType;
    private CsvWriter lastWriter;

    private void remember(ImportInput input, org.kamgraph.model.RelKind type, CsvWriter out) {
        lastInput = input;
        lastType = type;
        lastWriter = out;
    }

    private List<String> cells(String first, String second, List<InputShape.Field> props, Map<String, Object> values) {
        List<String> cells = new ArrayList<>(props.size() + 2);
        cells.add(first);
        cells.add(second);
        for (InputShape.Field f : props) {
            Object v = values.get(f.name());
            String s = v == null ? "" : v.toString();
            if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                multiline = true;
            }
            cells.add(s);
        }
        return cells;
    }

    private static List<String> header(String ids, List<InputShape.Field> props) {
        List<String> header = new ArrayList<>(List.of(ids.split(",")));
        for (InputShape.Field f : props) {
            header.add(f.spec().type() == PropertyType.STRING ? f.name() : f.name() + ":" + f.spec().type().csvName());
        }
        return header;
    }

    private static CsvWriter open(Path p, List<String> header) {
        try {
            CsvWriter w = CsvWriter.builder().bufferSize(1 << 16).build(p, StandardCharsets.UTF_8);
            w.writeRecord(header);
            return w;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        for (CsvWriter w : writers.values()) {
            w.close();
        }
    }
}
