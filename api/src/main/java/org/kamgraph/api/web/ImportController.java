package org.kamgraph.api.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.kamgraph.api.config.KamProperties;
import org.kamgraph.cypher.ingest.CsvImporter;
import org.kamgraph.cypher.ingest.CsvSource;
import org.kamgraph.cypher.ingest.ImportOptions;
import org.kamgraph.cypher.ingest.ImportReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/import} (multipart, field {@code files}, optional {@code skipInvalid=true}): imports uploaded CSV
 * files. 200 with the report when written; 400 with the report (every problem with file, line and column) when
 * rejected, in which case nothing was written.
 */
@RestController
public class ImportController {
    private final CsvImporter importer;
    private final KamProperties properties;

    public ImportController(CsvImporter importer, KamProperties properties) {
        this.importer = importer;
        this.properties = properties;
    }

    @PostMapping(path = "/api/import", consumes = "multipart/form-data")
    public ResponseEntity<ImportReport> upload(@RequestParam("files") List<MultipartFile> files,
                                               @RequestParam(name = "skipInvalid", defaultValue = "false") boolean skipInvalid) throws IOException {
        long total = files.stream().mapToLong(MultipartFile::getSize).sum();
        if (total > properties.importing().maxUploadBytes()) {
            throw new UploadTooLargeException(total, properties.importing().maxUploadBytes());
        }
        List<CsvSource> sources = new ArrayList<>();
        for (MultipartFile f : files) {
            String name = f.getOriginalFilename() == null || f.getOriginalFilename().isBlank() ? f.getName() : f.getOriginalFilename();
            sources.add(CsvSource.of(name, f.getBytes()));
        }
        ImportReport report = importer.run(sources, new ImportOptions(skipInvalid, properties.importing().batchSize(), null));
        return ResponseEntity.status(report.rejected() ? HttpStatus.BAD_REQUEST : HttpStatus.OK).body(report);
    }

    /** An upload over the configured limit. */
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    static class UploadTooLargeException extends RuntimeException {
        UploadTooLargeException(long size, long max) {
            super("upload of " + size + " bytes exceeds the limit of " + max + " bytes (kam.importing.max-upload-bytes)");
        }
    }
}
