package org.kamgraph.cypher.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.kamgraph.cypher.ingest.CsvHeader.Column;
import org.kamgraph.cypher.ingest.GraphWriter.NodeRow;
import org.kamgraph.cypher.ingest.GraphWriter.RelRow;
import org.kamgraph.model.PropertyType;
import org.kamgraph.model.RelKind;

/**
 * Reads a CSV file in the neo4j-admin header style ({@link CsvHeader}) into typed rows: every cell is parsed with
 * the model's type of its column and normalised; an empty cell is an absent value. A row with too few fields (or
 * too many, unless the extra ones are empty) is unreadable. What the model says about the values is validation's
 * business, not this reader's.
 */
public final class CsvRowReader implements RowReader {
    private final CsvSource source;
    private CsvHeader header;

    public CsvRowReader(CsvSource source) {
        this.source = source;
    }

    @Override
    public String name() {
        return source.name();
    }

    @Override
    public InputShape shape(Problems problems) {
        try (Reader r = source.reader(); CsvReader<CsvRecord> csv = CsvFormat.open(r)) {
            Iterator<CsvRecord> it = csv.iterator();
            if (!it.hasNext()) {
                problems.row(1, null, "the file is empty; it needs a header row");
                return null;
            }
            List<ImportProblem> headerProblems = new ArrayList<>();
            header = CsvHeader.parse(source.name(), it.next().getFields(), headerProblems).orElse(null);
            headerProblems.forEach(p -> problems.row(1, p.column(), p.reason()));
        } catch (IOException | UncheckedIOException | CsvParseException e) {
            problems.row(1, null, CsvFormat.readError(e));
        }
        return header == null ? null : header.shape();
    }

    @Override
    public void read(Problems problems, Consumer<InputRow> rows) {
        try (Reader r = source.reader(); CsvReader<CsvRecord> csv = CsvFormat.open(r)) {
            Iterator<CsvRecord> it = csv.iterator();
            if (it.hasNext()) {
                it.next(); // header
            }
            while (it.hasNext()) {
                CsvRecord record = it.next();
                rows.accept(header.isNodeFile() ? node(record, problems) : relationship(record, problems));
            }
        } catch (IOException | UncheckedIOException | CsvParseException e) {
            problems.input(CsvFormat.lineOf(e), CsvFormat.columnOf(e, header), CsvFormat.readError(e));
        }
    }

    private InputRow node(CsvRecord record, Problems problems) {
        long line = record.getStartingLineNumber();
        if (!fieldCountMatches(record, problems)) {
            return new InputRow.Unreadable(line);
        }
        Map<String, Object> props = new LinkedHashMap<>();
        String id = null;
        boolean complete = true;
        for (Column c : header.columns()) {
            String cell = record.getField(c.index());
            switch (c.role()) {
                case ID -> {
                    id = cell;
                    props.put("id", cell.isEmpty() ? null : cell);
                }
                case PROPERTY -> complete &= typed(line, c, cell, props, problems);
                default -> {
                }
            }
        }
        return new InputRow.Node(line, new NodeRow(id, props), complete);
    }

    private InputRow relationship(CsvRecord record, Problems problems) {
        long line = record.getStartingLineNumber();
        if (!fieldCountMatches(record, problems)) {
            return new InputRow.Unreadable(line);
        }
        RelKind type = header.relKind().orElse(null);
        String start = null;
        String end = null;
        boolean complete = true;
        Map<String, Object> props = new LinkedHashMap<>();
        for (Column c : header.columns()) {
            String cell = record.getField(c.index());
            switch (c.role()) {
                case START_ID -> start = cell;
                case END_ID -> end = cell;
                case TYPE -> {
                    type = RelKind.byType(cell).orElse(null);
                    if (type == null) {
                        problems.row(line, c.name(), "unknown relationship type '" + PropertyType.abbreviate(cell) + "'; types: " + RelKind.allTypes());
                        complete = false;
                    }
                }
                case PROPERTY -> complete &= typed(line, c, cell, props, problems);
                default -> {
                }
            }
        }
        return new InputRow.Relationship(line, type, new RelRow(start, end, props), complete);
    }

    /** Puts the cell's typed value (nothing for an empty cell); false, with the problem reported, when it has none. */
    private static boolean typed(long line, Column c, String cell, Map<String, Object> props, Problems problems) {
        if (cell.isEmpty()) {
            return true; // absent
        }
        try {
            props.put(c.name(), c.spec().normalise(c.spec().type().parse(cell)));
            return true;
        } catch (IllegalArgumentException e) {
            problems.row(line, c.name(), e.getMessage());
            return false;
        }
    }

    private boolean fieldCountMatches(CsvRecord record, Problems problems) {
        int expected = header.width();
        if (record.getFieldCount() < expected || record.getFieldCount() > expected && !trailingEmpty(record, expected)) {
            problems.row(record.getStartingLineNumber(), null, "expected " + expected + " columns but found " + record.getFieldCount());
            return false;
        }
        return true;
    }

    private static boolean trailingEmpty(CsvRecord record, int from) {
        for (int i = from; i < record.getFieldCount(); i++) {
            if (!record.getField(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
