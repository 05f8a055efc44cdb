package org.kamgraph.cypher.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CSV input that can be read more than once (validation, then writing): a file, or an uploaded text.
 * Input must be UTF-8; malformed bytes are an error, not silently replaced.
 */
public interface CsvSource {
    /** The name shown in problems, e.g. {@code Hospital.csv}. */
    String name();

    InputStream open() throws IOException;

    default Reader reader() throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new java.io.BufferedReader(new java.io.InputStreamReader(open(), decoder), 1 << 16);
    }

    static CsvSource of(Path path) {
        return new CsvSource() {
            public String name() {
                return path.getFileName().toString();
            }

            public InputStream open() throws IOException {
                return Files.newInputStream(path);
            }
        };
    }

    static CsvSource of(String name, byte[] content) {
        return new CsvSource() {
            public String name() {
                return name;
            }

            public InputStream open() {
                return new java.io.ByteArrayInputStream(content);
            }
        };
    }
}
