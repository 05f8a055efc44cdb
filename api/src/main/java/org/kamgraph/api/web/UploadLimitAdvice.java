package org.kamgraph.api.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the multipart limits (spring.servlet.multipart.max-file-size and max-request-size) or over
 * kam.importing.max-upload-bytes answers 413 with the limits by name and value, not a bare "Content Too Large".
 */
@RestControllerAdvice
public class UploadLimitAdvice {
    private final DataSize maxFile;
    private final DataSize maxRequest;

    public UploadLimitAdvice(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFile,
                             @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequest) {
        this.maxFile = maxFile;
        this.maxRequest = maxRequest;
    }

    /** All files of one upload together over kam.importing.max-upload-bytes. */
    @ExceptionHandler(ImportController.UploadTooLargeException.class)
    public ResponseEntity<ProblemDetail> importTooLarge(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "the upload is over the limit of "
                + maxFile.toBytes() + " bytes per file (spring.servlet.multipart.max-file-size) or " + maxRequest.toBytes()
                + " bytes per request (spring.servlet.multipart.max-request-size); split it, or use the import command");
        body.setProperty("maxFileBytes", maxFile.toBytes());
        body.setProperty("maxRequestBytes", maxRequest.toBytes());
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(body);
    }
}
