package org.kamgraph.cypher.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.cypher.ingest.GraphWriter.NodeRow;
import org.kamgraph.cypher.ingest.GraphWriter.RelRow;
import org.kamgraph.model.RelKind;

/**
 * The second pass of an import into a database: reads each usable input again and hands its valid rows to a
 * {@link GraphWriter} (in-process or Cypher over Bolt) in batches of one transaction each: node inputs first, then
 * relationship inputs, a batch per relationship type.
 */
final class BatchedWrites {
    private final ImportValidation validation;
    private final GraphWriter writer;
    private final ImportOptions options;

    BatchedWrites(ImportValidation validation, GraphWriter writer, ImportOptions options) {
        this.validation = validation;
        this.writer = writer;
        this.options = options;
    }

    /**
     * Writes the valid rows; {@code bulk} creates without looking for existing data (relationships only where no
     * identity may repeat). Returns {nodes, relationships} written.
     */
    long[] write(boolean bulk) {
        long total = validation.inputs.stream().filter(f -> f.shape != null).mapToLong(f -> f.rows - f.invalidLines.size()).sum();
        options.progress().start(total);
        long nodes = 0;
        long rels = 0;
        for (ImportInput input : validation.inputs) {
            if (input.shape == null) {
                continue;
            }
            if (input.holdsNodes()) {
                nodes += writeNodes(input, bulk);
            } else {
                rels += writeRelationships(input, bulk && !input.possibleDuplicates);
            }
        }
        options.progress().finish();
        return new long[] {nodes, rels};
    }

    private long writeNodes(ImportInput input, boolean create) {
        List<NodeRow> batch = new ArrayList<>(options.batchSize());
        InputShape shape = input.shape; // a read error midway unsets it
        input.reader.read(validation.problemsOf(input, false), row -> {
            if (row instanceof InputRow.Node n && !input.invalidLines.contains(n.line())) {
                batch.add(n.row());
                if (batch.size() >= options.batchSize()) {
                    flushNodes(input, shape, batch, create);
                }
            }
        });
        flushNodes(input, shape, batch, create);
        return input.written;
    }

    private void flushNodes(ImportInput input, InputShape shape, List<NodeRow> batch, boolean create) {
        writer.writeNodes(shape.nodeKind(), batch, create);
        flushed(input, batch);
    }

    private long writeRelationships(ImportInput input, boolean create) {
        Map<RelKind, List<RelRow>> batches = new LinkedHashMap<>();
        InputShape shape = input.shape;
        input.reader.read(validation.problemsOf(input, false), row -> {
            if (row instanceof InputRow.Relationship r && !input.invalidLines.contains(r.line())) {
                List<RelRow> batch = batches.computeIfAbsent(r.type(), k -> new ArrayList<>());
                batch.add(r.row());
                if (batch.size() >= options.batchSize()) {
                    flushRelationships(input, shape, r.type(), batch, create);
                }
            }
        });
        batches.forEach((rel, batch) -> flushRelationships(input, shape, rel, batch, create));
        return input.written;
    }

    private void flushRelationships(ImportInput input, InputShape shape, RelKind rel, List<RelRow> batch, boolean create) {
        writer.writeRelationships(rel, shape.startKind(), shape.endKind(), batch, create);
        flushed(input, batch);
    }

    private void flushed(ImportInput input, List<?> batch) {
        input.written += batch.size();
        options.progress().advance(input.name(), batch.size());
        batch.clear();
    }
}
