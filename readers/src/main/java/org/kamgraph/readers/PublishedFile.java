package org.kamgraph.readers;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A published file as its publisher ships it: a delimited text file, plain, gzipped or as an entry of a zip archive,
 * in the format's character set, read as a stream (memory stays bounded whatever the file's size). Fields are found
 * by header name. A file that cannot be read (a truncated zip, bytes that are not of its character set, a quote that
 * never closes) fails with {@link PublishedFileException} naming the file and line.
 */
public final class PublishedFile {
    /** The longest field: published fields are short; a longer one is a broken quote. */
    static final int MAX_FIELD_CHARS = 65_536;

    private final Path path;
    private final String name;

    private PublishedFile(Path path, String name) {
        this.path = path;
        this.name = name;
    }

    public static PublishedFile of(Path path) {
        return new PublishedFile(path, path.getFileName().toString());
    }

    public Path path() {
        return path;
    }

    /** The file's name (for a zip, the archive's). */
    public String name() {
        return name;
    }

    /** The header's column names, in order; fails when the file is empty or unreadable. */
    public List<String> header(SourceFormat format) {
        RecordBuffer record = new RecordBuffer();
        try (Reader r = open(format); CsvReader<RecordBuffer> csv = csv(r, format, record)) {
            Iterator<RecordBuffer> it = csv.iterator();
            if (!it.hasNext()) {
                throw new PublishedFileException(name, 1, null, "the file is empty; it needs a header row");
            }
            List<String> first = it.next().all();
            return headerless(format, first) ? format.headerlessColumns() : first;
        } catch (IOException | RuntimeException e) {
            throw failure(e, 1);
        }
    }

    /**
     * Whether a file's first row is data rather than a header: the format names the fields of headerless files
     * ({@link SourceFormat#headerlessColumns}) and the row names none of them.
     */
    static boolean headerless(SourceFormat format, List<String> firstRow) {
        List<String> implied = format.headerlessColumns();
        if (implied.isEmpty()) {
            return false;
        }
        return firstRow.stream().map(f -> f.strip()).noneMatch(f -> implied.stream().anyMatch(f::equalsIgnoreCase));
    }

    /** The columns of {@code required} that the header lacks (ignoring case). */
    public static List<String> missing(List<String> header, List<String> required) {
        List<String> lower = header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        return required.stream().filter(c -> !lower.contains(c.toLowerCase(Locale.ROOT))).toList();
    }

    /**
     * Every row after the header, in order. The row given to {@code rows} is one object overwritten by the next row:
     * a consumer must not keep it.
     */
    public void rows(SourceFormat format, Consumer<SourceRow> rows) {
        RecordBuffer record = new RecordBuffer();
        try (Reader r = open(format); CsvReader<RecordBuffer> csv = csv(r, format, record)) {
            Iterator<RecordBuffer> it = csv.iterator();
            if (!it.hasNext()) {
                throw new PublishedFileException(name, 1, null, "the file is empty; it needs a header row");
            }
            it.next();
            List<String> first = record.all();
            boolean headerless = headerless(format, first);
            List<String> header = headerless ? format.headerlessColumns() : first;
            Map<String, Integer> columns = new HashMap<>();
            Map<String, Integer> exact = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
                exact.putIfAbsent(header.get(i).strip(), i);
            }
            Row row = new Row(columns, exact, record);
            if (headerless) {
                rows.accept(row);
            }
            while (it.hasNext()) {
                it.next();
                rows.accept(row);
            }
        } catch (PublishedFileException e) {
            throw e;
        } catch (IOException | UncheckedIOException | de.siegmar.fastcsv.reader.CsvParseException e) {
            throw failure(e, record.line());
        }
    }

    private Reader open(SourceFormat format) throws IOException {
        InputStream in = Files.newInputStream(path);
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".zip")) {
                in = zipEntry(new ZipInputStream(in), format);
            } else if (lower.endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        var decoder = format.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // FastCSV reads 8,192 chars at a time into its own buffer: a BufferedReader in between only copies them once
        // more; the bytes are buffered (a read of the file per 64 kB, not per 8 kB).
        return new InputStreamReader(new BufferedInputStream(in, 1 << 16), decoder);
    }

    private InputStream zipEntry(ZipInputStream zip, SourceFormat format) throws IOException {
        Pattern wanted = Pattern.compile(format.zipEntry(), Pattern.CASE_INSENSITIVE);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            String entry = e.getName().substring(e.getName().lastIndexOf('/') + 1);
            if (!e.isDirectory() && wanted.matcher(entry).matches()) {
                return zip;
            }
        }
        zip.close();
        throw new PublishedFileException(name, 0, null, "the zip archive holds no file matching " + format.zipEntry()
                + " (the " + format.name() + " data file)");
    }

    private static CsvReader<RecordBuffer> csv(Reader r, SourceFormat format, RecordBuffer record) {
        return CsvReader.builder().fieldSeparator(format.delimiter()).skipEmptyLines(true).allowExtraFields(true)
                .allowMissingFields(true).detectBomHeader(false).maxBufferSize(2 * MAX_FIELD_CHARS)
                .build(record, new BomSkipping(r));
    }

    private PublishedFileException failure(Exception e, long line) {
        if (e instanceof PublishedFileException p) {
            return p;
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof CharacterCodingException) {
                return new PublishedFileException(name, line, null, "the file is not valid " + charsetName(e) + " near this line");
            }
            if (c instanceof java.util.zip.ZipException || c instanceof java.io.EOFException) {
                return new PublishedFileException(name, line, null, "the archive is damaged or truncated: " + c.getMessage());
            }
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage());
            if (m.contains("max field size") || m.contains("maximum buffer size")) {
                return new PublishedFileException(name, line, null, "a field is longer than " + MAX_FIELD_CHARS
                        + " characters, or a quote (\") is not closed");
            }
            if (m.contains("max record size") || m.contains("maximum limit of")) {
                return new PublishedFileException(name, line, null, "a row is longer than " + RecordBuffer.MAX_RECORD_CHARS
                        + " characters or has more than " + RecordBuffer.MAX_FIELDS + " fields");
            }
        }
        return new PublishedFileException(name, line, null, "cannot read the file: " + e.getMessage());
    }

    private static String charsetName(Exception e) {
        return "text in its character set";
    }

    /** One row over the current record; reused, so a consumer must not keep it. */
    private static final class Row implements SourceRow {
        private final Map<String, Integer> columns;
        /** By the header's own spelling: found without lower-casing the name (formats ask as published). */
        private final Map<String, Integer> exact;
        private final RecordBuffer record;

        Row(Map<String, Integer> columns, Map<String, Integer> exact, RecordBuffer record) {
            this.columns = columns;
            this.exact = exact;
            this.record = record;
        }

        private Integer index(String column) {
            Integer i = exact.get(column);
            return i != null ? i : columns.get(column.toLowerCase(Locale.ROOT));
        }

        @Override
        public long line() {
            return record.line();
        }

        @Override
        public String get(String column) {
            Integer i = index(column);
            return i == null ? null : record.field(i);
        }

        @Override
        public boolean has(String column) {
            return index(column) != null;
        }
    }

    /** Drops a UTF-8 byte order mark (Excel's CSV exports start with one), so the first column's name is clean. */
    private static final class BomSkipping extends java.io.FilterReader {
        private boolean first = true;

        BomSkipping(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (first && n > 0) {
                first = false;
                if (buf[off] == '\uFEFF') {
                    System.arraycopy(buf, off + 1, buf, off, n - 1);
                    return n - 1 == 0 ? read(buf, off, len) : n - 1;
                }
            }
            return n;
        }
    }
}
