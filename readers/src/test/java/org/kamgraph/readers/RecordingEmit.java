package org.kamgraph.readers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/** Collects what a translator emits, with the line of the row that emitted it: for tests of one format. */
public final class RecordingEmit implements Emit {
    public record Node(long line, NodeKind kind, String id, Map<String, Object> props) {
    }

    public record Rel(long line, RelKind type, NodeKind from, String start, NodeKind to, String end, Map<String, Object> props) {
    }

    public record Reject(long line, String column, String reason) {
    }

    public record End(long line, NodeKind kind, String id, java.time.LocalDate validTo) {
    }

    public final List<Node> nodes = new ArrayList<>();
    public final List<Rel> relationships = new ArrayList<>();
    public final List<Reject> rejects = new ArrayList<>();
    public final List<End> ends = new ArrayList<>();
    public long outsideRegion;
    /** The line of the row being translated (0 in finish). */
    public long line;

    @Override
    public void node(NodeKind kind, String id, Map<String, Object> props) {
        nodes.add(new Node(line, kind, id, new LinkedHashMap<>(props)));
    }

    @Override
    public void relationship(RelKind type, NodeKind from, String start, NodeKind to, String end, Map<String, Object> props) {
        relationships.add(new Rel(line, type, from, start, to, end, new LinkedHashMap<>(props)));
    }

    @Override
    public void reject(String column, String reason) {
        rejects.add(new Reject(line, column, reason));
    }

    @Override
    public void end(NodeKind kind, String id, java.time.LocalDate validTo) {
        ends.add(new End(line, kind, id, validTo));
    }

    @Override
    public void outsideRegion() {
        outsideRegion++;
    }

    @Override
    public void atLine(long line) {
        this.line = line;
    }

    public List<Node> nodes(NodeKind kind) {
        return nodes.stream().filter(n -> n.kind() == kind).toList();
    }

    public List<Rel> relationships(RelKind type) {
        return relationships.stream().filter(r -> r.type() == type).toList();
    }

    /**
     * Reads a published file with a format, as the importer does, and records what it emits. Every row's emitted
     * kinds and types must be among the format's shapes.
     */
    public static RecordingEmit translate(SourceFormat format, java.nio.file.Path file, ReadContext context) {
        RecordingEmit out = new RecordingEmit();
        Translator t = format.translator(context);
        PublishedFile.of(file).rows(format, row -> {
            out.line = row.line();
            t.row(row, out);
        });
        out.line = 0;
        t.finish(out);
        List<Shape> shapes = format.shapes();
        for (Node n : out.nodes) {
            if (!shapes.contains(Shape.nodes(n.kind()))) {
                throw new AssertionError(format.name() + " emitted " + n.kind() + " which is not among its shapes " + shapes);
            }
        }
        for (Rel r : out.relationships) {
            if (!shapes.contains(Shape.relationships(r.type(), r.from(), r.to()))) {
                throw new AssertionError(format.name() + " emitted " + r.type() + " " + r.from() + "->" + r.to()
                        + " which is not among its shapes " + shapes);
            }
        }
        return out;
    }
}
