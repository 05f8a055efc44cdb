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
 *
 * <p>With {@code format=NAME|auto} (and optional {@code states=SD,ND}, {@code territories=SD-East} resolved by the
 * territory file {@code kam.importing.territory-file}, {@code asOf=YYYY-MM-DD}) the files are in
 * published formats ({@link PublishedUploads}): 200 with the report when every file was imported, 400 when the import
 * was refused before any write (or a parameter is bad), 422 when a file was refused midway (the files before it stay
 * written; the report says which).
 */
@RestController
public class ImportController {
    private final CsvImporter importer;
    private final KamProperties properties;
    private final org.kamgraph.api.security.AuditLog audit;

    private final PublishedUploads published;

    public ImportController(CsvImporter importer, KamProperties properties, org.kamgraph.api.security.AuditLog audit,
                            PublishedUploads published) {
        this.importer = importer;
        this.properties = properties;
        this.audit = audit;
        this.published = published;
    }

    @PostMapping(path = "/api/import", consumes = "multipart/form-data")
    public ResponseEntity<?> upload(@RequestParam("files") List<MultipartFile> files,
                                    @RequestParam(name = "skipInvalid", defaultValue = "false") boolean skipInvalid,
                                    @RequestParam(name = "format", required = false) String format,
                                    @RequestParam(name = "states", required = false) String states,
                                    @RequestParam(name = "territories", required = false) String territories,
                                    @RequestParam(name = "asOf", required = false) String asOf) throws IOException {
        if (format != null && !format.isBlank()) {
            return published.upload(files, format, states, territories, asOf);
        }
        long total = files.stream().mapToLong(MultipartFile::getSize).sum();
        String what = files.stream().map(f -> f.getOriginalFilename() + " (" + f.getSize() + " bytes)").toList() + ", skipInvalid " + skipInvalid;
        if (total > properties.importing().maxUploadBytes()) {
            audit.record(org.kamgraph.api.security.CurrentUser.get(), "import (POST /api/import)", what, "refused: too large");
            throw new UploadTooLargeException(total, properties.importing().maxUploadBytes());
        }
        List<CsvSource> sources = new ArrayList<>();
        for (MultipartFile f : files) {
            String name = f.getOriginalFilename() == null || f.getOriginalFilename().isBlank() ? f.getName() : f.getOriginalFilename();
            sources.add(CsvSource.of(name, f.getBytes()));
        }
        ImportReport report;
        try {
            report = importer.run(sources, new ImportOptions(skipInvalid, properties.importing().batchSize(), null));
        } catch (RuntimeException e) {
            audit.record(org.kamgraph.api.security.CurrentUser.get(), "import (POST /api/import)", what, "failed: " + e.getMessage());
            throw e;
        }
        audit.record(org.kamgraph.api.security.CurrentUser.get(), "import (POST /api/import)", what, org.kamgraph.api.security.AuditLog.outcome(report));
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
