package org.kamgraph.api.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kamgraph.api.config.KamProperties;
import org.kamgraph.api.embedded.LoggingProgress;
import org.kamgraph.api.importing.ImportStatus;
import org.kamgraph.api.security.AuditLog;
import org.kamgraph.api.security.CurrentUser;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.ingest.ImportProgress;
import org.kamgraph.cypher.ingest.published.PublishedImport;
import org.kamgraph.cypher.ingest.published.PublishedOptions;
import org.kamgraph.cypher.ingest.published.PublishedProgress;
import org.kamgraph.cypher.ingest.published.PublishedReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads of files in published formats ({@code POST /api/import} with {@code format}): the files are kept in a
 * temporary directory under their own names (a publisher's name may carry the file's date), imported by
 * {@link PublishedImport}, then deleted; the reject files stay in a temporary directory that the report names. Progress
 * goes to the server log (rows read, rate; rows written, rate and time left).
 */
@Component
public class PublishedUploads {
    private static final Logger LOG = LoggerFactory.getLogger(PublishedUploads.class);
    private final PublishedImport importer;
    private final KamProperties properties;
    private final AuditLog audit;
    private final ImportStatus status;

    public PublishedUploads(PublishedImport importer, KamProperties properties, AuditLog audit, ImportStatus status) {
        this.status = status;
        this.importer = importer;
        this.properties = properties;
        this.audit = audit;
    }

    /** {@code territories}, when given, are resolved by the territory file {@code kam.importing.territory-file}. */
    ResponseEntity<?> upload(List<MultipartFile> files, String format, String states, String territories, String asOf)
            throws IOException {
        long total = files.stream().mapToLong(MultipartFile::getSize).sum();
        String what = files.stream().map(f -> f.getOriginalFilename() + " (" + f.getSize() + " bytes)").toList()
                + ", format " + format + ", states " + states + (territories == null ? "" : ", territories " + territories)
                + ", asOf " + asOf;
        if (total > properties.importing().maxUploadBytes()) {
            audit.record(CurrentUser.get(), "import (POST /api/import)", what, "refused: too large");
            throw new ImportController.UploadTooLargeException(total, properties.importing().maxUploadBytes());
        }
        PublishedOptions options;
        try {
            importer.format(format); // an unknown name fails listing the formats
            options = new PublishedOptions(format, org.kamgraph.api.importing.ImportRegion.of(states, territories,
                    java.nio.file.Path.of(properties.importing().territoryFile())), PublishedOptions.asOf(asOf),
                    Files.createTempDirectory("kam-rejects-"), properties.importing().batchSize(), new LogProgress(status));
        } catch (BadInputException e) {
            audit.record(CurrentUser.get(), "import (POST /api/import)", what, "refused: " + e.getMessage());
            return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
        }
        Path dir = Files.createTempDirectory("kam-upload-");
        try {
            List<Path> paths = new ArrayList<>();
            for (MultipartFile f : files) {
                String name = f.getOriginalFilename() == null || f.getOriginalFilename().isBlank() ? f.getName() : f.getOriginalFilename();
                // One directory per file: two exports may share a name (Veeva's and Salesforce's Account.csv).
                Path own = Files.createDirectory(dir.resolve(String.valueOf(paths.size())));
                Path p = own.resolve(Path.of(name).getFileName().toString()); // no directories from the client
                f.transferTo(p);
                paths.add(p);
            }
            PublishedReport report;
            status.begin(paths.size());
            try {
                report = importer.run(paths, options);
            } finally {
                status.end();
            }
            audit.record(CurrentUser.get(), "import (POST /api/import)", what, (report.incomplete() ? "refused: " : "ok: ")
                    + report.summary().strip().lines().reduce((a, b) -> b).orElse(""));
            HttpStatus status = report.refused() ? HttpStatus.BAD_REQUEST
                    : report.incomplete() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK;
            return ResponseEntity.status(status).body(report);
        } catch (RuntimeException e) {
            audit.record(CurrentUser.get(), "import (POST /api/import)", what, "failed: " + e.getMessage());
            throw e;
        } finally {
            try (var s = Files.walk(dir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Per file in the server log: rows read while it is first read, then rows written with rate and time left. */
    private static final class LogProgress implements PublishedProgress {
        private final ImportStatus status;
        private ImportProgress writes = ImportProgress.NONE;
        private long lastLog;

        LogProgress(ImportStatus status) {
            this.status = status;
        }

        @Override
        public void reading(String file, long bytes) {
            status.reading(file);
            LOG.info("Import: reading {} ({} bytes)", file, bytes);
            writes = new LoggingProgress(LOG);
            lastLog = System.nanoTime();
        }

        @Override
        public void read(String file, long rows) {
            status.read(rows);
            long now = System.nanoTime();
            if (now - lastLog > 5_000_000_000L) {
                lastLog = now;
                LOG.info("Import: read {} rows of {}", rows, file);
            }
        }

        @Override
        public void validating(String file, long rows) {
            writes.validating(file, rows);
        }

        @Override
        public void start(long totalRows) {
            status.writing(totalRows);
            writes.start(totalRows);
        }

        @Override
        public void advance(String file, long rows) {
            status.advance(rows);
            writes.advance(file, rows);
        }

        @Override
        public void fileDone(String file) {
            status.fileDone();
            LOG.info("Import: {} done", file);
        }
    }
}
