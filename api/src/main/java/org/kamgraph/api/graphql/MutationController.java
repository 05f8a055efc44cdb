package org.kamgraph.api.graphql;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.api.config.KamProperties;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.edit.GraphEditor;
import org.kamgraph.cypher.edit.RelationshipKey;
import org.kamgraph.cypher.ingest.CsvImporter;
import org.kamgraph.cypher.ingest.CsvSource;
import org.kamgraph.cypher.ingest.ImportOptions;
import org.kamgraph.cypher.ingest.ImportReport;
import org.kamgraph.cypher.query.NodeView;
import org.kamgraph.cypher.query.RelationshipView;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Mutations: single-node and single-relationship edits, and inline CSV import; all validated against the model. */
@Controller
public class MutationController {
    private final GraphEditor editor;
    private final CsvImporter importer;
    private final KamProperties properties;

    public MutationController(GraphEditor editor, CsvImporter importer, KamProperties properties) {
        this.editor = editor;
        this.importer = importer;
        this.properties = properties;
    }

    public record PropertyInput(String name, String value) {
    }

    public record NodeInput(NodeKind kind, String id, List<PropertyInput> properties) {
    }

    public record RelationshipKeyInput(RelKind type, NodeKind fromKind, String fromId, NodeKind toKind, String toId, LocalDate validFrom) {
        RelationshipKey toKey() {
            return new RelationshipKey(type, fromKind, Arguments.id(fromId, "fromId"), toKind, Arguments.id(toId, "toId"), validFrom);
        }
    }

    public record RelationshipInput(RelationshipKeyInput key, List<PropertyInput> properties) {
    }

    public record CsvFileInput(String name, String content) {
    }

    @MutationMapping
    public NodeView createNode(@Argument NodeInput input) {
        return editor.createNode(input.kind(), Arguments.id(input.id(), "id"), map(input.properties()));
    }

    @MutationMapping
    public NodeView updateNode(@Argument NodeInput input) {
        return editor.updateNode(input.kind(), Arguments.id(input.id(), "id"), map(input.properties()));
    }

    @MutationMapping
    public NodeView endNode(@Argument NodeKind kind, @Argument String id, @Argument LocalDate validTo) {
        return editor.endNode(kind, Arguments.id(id, "id"), validTo);
    }

    @MutationMapping
    public RelationshipView createRelationship(@Argument RelationshipInput input) {
        return editor.createRelationship(input.key().toKey(), map(input.properties()));
    }

    @MutationMapping
    public RelationshipView updateRelationship(@Argument RelationshipInput input) {
        return editor.updateRelationship(input.key().toKey(), map(input.properties()));
    }

    @MutationMapping
    public RelationshipView endRelationship(@Argument RelationshipKeyInput key, @Argument LocalDate validTo) {
        return editor.endRelationship(key.toKey(), validTo);
    }

    @MutationMapping
    public ImportReport importCsv(@Argument List<CsvFileInput> files, @Argument Boolean skipInvalid) {
        if (files.isEmpty()) {
            throw new BadInputException("files", "give at least one file");
        }
        long total = 0;
        List<CsvSource> sources = new ArrayList<>();
        for (CsvFileInput f : files) {
            byte[] bytes = f.content().getBytes(StandardCharsets.UTF_8);
            total += bytes.length;
            if (total > properties.importing().maxUploadBytes()) {
                throw new BadInputException("files", "together exceed " + properties.importing().maxUploadBytes()
                        + " bytes; use POST /api/import or the import command for large files");
            }
            sources.add(CsvSource.of(f.name(), bytes));
        }
        return importer.run(sources, new ImportOptions(Boolean.TRUE.equals(skipInvalid), properties.importing().batchSize(), null));
    }

    private static Map<String, String> map(List<PropertyInput> input) {
        Map<String, String> m = new LinkedHashMap<>();
        if (input != null) {
            for (PropertyInput p : input) {
                if (m.containsKey(p.name())) {
                    throw new BadInputException("properties", "'" + p.name() + "' is given twice");
                }
                m.put(p.name(), p.value());
            }
        }
        return m;
    }
}
