package org.kamgraph.readers;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * FastCSV's callback handler for published files: copies the characters of the current record once into a reused
 * buffer, each field already stripped of surrounding blanks, and makes a String only when a field is asked for
 * ({@link #field}). A published row has up to 330 fields of which a translator reads a few dozen, most of them empty;
 * a String per field per row was most of the time NPPES took to read. One instance per read: every record the reader
 * returns is this same object, overwritten by the next record.
 */
final class RecordBuffer extends AbstractBaseCsvCallbackHandler<RecordBuffer> {
    /** The most fields a row may have (FastCSV's own default). */
    static final int MAX_FIELDS = 16_384;
    /** The most characters a row may have: a row that long is a broken file, and the buffer stays bounded. */
    static final int MAX_RECORD_CHARS = 64 * PublishedFile.MAX_FIELD_CHARS;

    private char[] chars = new char[4096];
    /** Per field i: its stripped value is chars[bounds[2i], bounds[2i+1]). */
    private int[] bounds = new int[2 * 64];
    private int used;
    private int fields;
    private long line;

    @Override
    protected void handleBegin(long startingLineNumber) {
        line = startingLineNumber;
        used = 0;
        fields = 0;
    }

    /** Kept small so the JIT inlines it into the parser's loop: most published fields are empty. */
    @Override
    protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
        int b = 2 * index;
        if (b + 1 >= bounds.length) {
            grow(index);
        }
        if (len == 0) {
            bounds[b] = used;
            bounds[b + 1] = used;
        } else {
            copy(b, buf, offset, len);
        }
        fields = index + 1;
    }

    private void grow(int index) {
        if (index >= MAX_FIELDS) {
            throw new CsvParseException("Record starting at line %d has surpassed the maximum limit of %d fields"
                    .formatted(line, MAX_FIELDS));
        }
        bounds = Arrays.copyOf(bounds, Math.min(2 * MAX_FIELDS, 2 * bounds.length));
    }

    /** Copies field (at bounds[b]) stripped of surrounding blanks as {@link String#strip} would. */
    private void copy(int b, char[] buf, int offset, int len) {
        if (len > PublishedFile.MAX_FIELD_CHARS) {
            throw new CsvParseException("Field at index %d in record starting at line %d exceeds the max field size of %d characters"
                    .formatted(b / 2, line, PublishedFile.MAX_FIELD_CHARS));
        }
        int from = offset;
        int to = offset + len;
        while (from < to && blank(buf[from])) {
            from++;
        }
        while (to > from && blank(buf[to - 1])) {
            to--;
        }
        int n = to - from;
        if (used + n > chars.length) {
            if (used + n > MAX_RECORD_CHARS) {
                throw new CsvParseException("Field at index %d in record starting at line %d exceeds the max record size of %d characters"
                        .formatted(b / 2, line, MAX_RECORD_CHARS));
            }
            chars = Arrays.copyOf(chars, Math.min(MAX_RECORD_CHARS, Math.max(used + n, 2 * chars.length)));
        }
        System.arraycopy(buf, from, chars, used, n);
        bounds[b] = used;
        used += n;
        bounds[b + 1] = used;
    }

    /** {@link Character#isWhitespace} (what {@link String#strip} removes), answered without a table for most chars. */
    static boolean blank(char c) {
        return c <= ' ' ? Character.isWhitespace(c) : c >= '\u1680' && Character.isWhitespace(c);
    }

    @Override
    protected void handleEmpty() {
        used = 0;
        fields = 0;
    }

    @Override
    protected RecordBuffer buildRecord() {
        return this;
    }

    /** The line the current record starts on (the first line is 1). */
    long line() {
        return line;
    }

    /** How many fields the current record has. */
    int fields() {
        return fields;
    }

    /** Field {@code i} of the current record stripped of surrounding blanks; null when empty or beyond the record. */
    String field(int i) {
        if (i < 0 || i >= fields) {
            return null;
        }
        int from = bounds[2 * i];
        int to = bounds[2 * i + 1];
        return from == to ? null : new String(chars, from, to - from);
    }

    /** Every field of the current record, stripped, empty ones as "". */
    List<String> all() {
        List<String> all = new ArrayList<>(fields);
        for (int i = 0; i < fields; i++) {
            String f = field(i);
            all.add(f == null ? "" : f);
        }
        return all;
    }
}
