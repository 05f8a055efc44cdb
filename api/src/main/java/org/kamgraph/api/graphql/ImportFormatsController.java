package org.kamgraph.api.graphql;

import java.util.List;
import org.kamgraph.api.importing.ImportStatus;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.SourceFormats;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code importFormats}: the published formats the import reads, for any signed-in user; {@code importStatus}: how far
 * the running upload is (ADMIN).
 */
@Controller
public class ImportFormatsController {
    private final ImportStatus status;

    public ImportFormatsController(ImportStatus status) {
        this.status = status;
    }

    @QueryMapping
    public ImportStatus.Snapshot importStatus() {
        return status.snapshot();
    }

    /** One format as the schema shows it. */
    public record ImportFormat(String name, String description, String dictionary, List<String> requiredColumns,
                               List<String> shapes, boolean fullSnapshot, int order) {
        static ImportFormat of(SourceFormat f) {
            return new ImportFormat(f.name(), f.description(), f.dictionary(), f.requiredColumns(),
                    f.shapes().stream().map(Shape::toString).toList(), f.fullSnapshot(), f.order());
        }
    }

    @QueryMapping
    public List<ImportFormat> importFormats() {
        return SourceFormats.all().stream().map(ImportFormat::of).toList();
    }
}
