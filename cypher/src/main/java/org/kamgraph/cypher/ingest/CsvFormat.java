package org.kamgraph.cypher.ingest;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kamgraph.cypher.ingest.CsvHeader.Column;
import org.kamgraph.model.PropertyType;

/** How CSV text is parsed (FastCSV, with limits against runaway fields), and its read errors in the user's words. */
final class CsvFormat {
    /**
     * Longest field read, in characters: the model's texts are at most 4,000 characters, so a longer field can only be
     * a mistake (or an attack); it is refused as soon as it is seen, without reading the rest of it into memory.
     */
    static final int MAX_FIELD_CHARS = 65_536;
    /** Longest row, in characters. */
    static final int MAX_ROW_CHARS = 1 << 20;
    /** Most fields in a row. */
    static final int MAX_FIELDS = 1_000;

    private static final Pattern FIELD_INDEX = Pattern.compile("Field at index (\\d+)");
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private CsvFormat() {
    }

    static CsvReader<CsvRecord> open(Reader r) {
        // The parser's buffer holds one field as written (quotes doubled), so twice the field limit bounds it. (It
        // grows from 8,192 by doubling: a size off that sequence makes FastCSV 4.1 read past the buffer's end.)
        return CsvReader.builder().skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
                .detectBomHeader(false).maxBufferSize(2 * MAX_FIELD_CHARS)
                .build(CsvRecordHandler.of(b -> b.maxFields(MAX_FIELDS)
                        .maxFieldSize(MAX_FIELD_CHARS).maxRecordSize(MAX_ROW_CHARS)), new LoneCarriageReturns(r));
    }

    /** Why a file could not be read, in the user's words. */
    static String readError(Exception e) {
        Throwable c = e;
        String detail = null;
        while (c != null) {
            if (c instanceof CharacterCodingException) {
                return "the file is not valid UTF-8";
            }
            String m = String.valueOf(c.getMessage());
            if (m.contains("max field size") || m.contains("maximum buffer size")) {
                return String.format("a field is longer than %,d characters (texts are at most 4,000), or a quote (\") is not closed",
                        MAX_FIELD_CHARS);
            }
            if (m.contains("max record size")) {
                return String.format("the row is longer than %,d characters", MAX_ROW_CHARS);
            }
            if (m.contains("maximum limit of") && m.contains("fields")) {
                return String.format("the row has more than %,d fields", MAX_FIELDS);
            }
            if (c != e && c.getMessage() != null) {
                detail = c.getMessage();
            }
            c = c.getCause();
        }
        return "cannot read the file: " + PropertyType.abbreviate(detail != null ? detail : String.valueOf(e.getMessage()));
    }

    /** The header column of a parse error's "Field at index N", when known. */
    static String columnOf(Exception e, CsvHeader header) {
        for (Throwable c = e; c != null && header != null; c = c.getCause()) {
            Matcher m = FIELD_INDEX.matcher(String.valueOf(c.getMessage()));
            if (m.find()) {
                int index = Integer.parseInt(m.group(1));
                return header.columns().stream().filter(col -> col.index() == index).map(Column::name).findFirst().orElse(null);
            }
        }
        return null;
    }

    /** The line a parse error names, else 1. */
    static long lineOf(Exception e) {
        Matcher m = LINE.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Long.parseLong(m.group(1)) : 1;
    }
}
