package org.kamgraph.tools.published;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A fast writer of delimited text (the generated files are ASCII): values appended into a byte buffer, no formatting
 * through strings for numbers. A file whose name ends in {@code .gz} is gzipped (fastest level).
 */
final class Out implements AutoCloseable {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 20];
    private int n;
    private final char delimiter;
    private final boolean quoteAll;
    private boolean first = true;
    private long bytes;

    /**
     * @param quoteAll quote every field, empty ones too (as the NPPES file does); otherwise a field is quoted only
     *                 when it holds the delimiter or a quote
     */
    Out(Path path, char delimiter, boolean quoteAll) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        OutputStream o = Files.newOutputStream(path);
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            o = new GZIPOutputStream(o, 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
        }
        this.out = new BufferedOutputStream(o, 1 << 16);
        this.delimiter = delimiter;
        this.quoteAll = quoteAll;
    }

    /** Uncompressed bytes written so far. */
    long bytes() {
        return bytes + n;
    }

    private void sep() {
        if (!first) {
            put((byte) delimiter);
        }
        first = false;
    }

    private void put(byte b) {
        if (n == buf.length) {
            flush();
        }
        buf[n++] = b;
    }

    private void raw(CharSequence s) {
        for (int i = 0, len = s.length(); i < len; i++) {
            put((byte) s.charAt(i));
        }
    }

    /** A text field (null or empty: an empty field). */
    Out text(CharSequence s) {
        sep();
        if (s == null || s.isEmpty()) {
            if (quoteAll) {
                put((byte) '"');
                put((byte) '"');
            }
            return this;
        }
        boolean quote = quoteAll;
        for (int i = 0; !quote && i < s.length(); i++) {
            char c = s.charAt(i);
            quote = c == delimiter || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            raw(s);
            return this;
        }
        put((byte) '"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                put((byte) '"');
            }
            put((byte) c);
        }
        put((byte) '"');
        return this;
    }

    /** A text field always in quotes when not empty (an empty one is left bare), as Open Payments writes text. */
    Out quoted(CharSequence s) {
        if (s == null || s.isEmpty()) {
            return text(null);
        }
        sep();
        put((byte) '"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                put((byte) '"');
            }
            put((byte) c);
        }
        put((byte) '"');
        return this;
    }

    /** {@code count} empty fields. */
    Out empty(int count) {
        for (int i = 0; i < count; i++) {
            text(null);
        }
        return this;
    }

    /** A whole number. */
    Out number(long v) {
        sep();
        if (quoteAll) {
            put((byte) '"');
        }
        digits(v);
        if (quoteAll) {
            put((byte) '"');
        }
        return this;
    }

    /** A non-negative amount in hundredths, written with two decimals: 185000000 -> 1850000.00. */
    Out cents(long hundredths) {
        return fixed(hundredths, 2);
    }

    /** A non-negative number in units of 10^-decimals, written with that many decimals. */
    Out fixed(long scaled, int decimals) {
        sep();
        if (quoteAll) {
            put((byte) '"');
        }
        long pow = 1;
        for (int i = 0; i < decimals; i++) {
            pow *= 10;
        }
        digits(scaled / pow);
        put((byte) '.');
        long frac = scaled % pow;
        for (long p = pow / 10; p > 0; p /= 10) {
            put((byte) ('0' + (frac / p) % 10));
        }
        if (quoteAll) {
            put((byte) '"');
        }
        return this;
    }

    private void digits(long v) {
        if (v < 0) {
            put((byte) '-');
            v = -v;
        }
        if (v < 10) {
            put((byte) ('0' + v));
            return;
        }
        byte[] tmp = new byte[20];
        int i = tmp.length;
        while (v > 0) {
            tmp[--i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        for (; i < tmp.length; i++) {
            put(tmp[i]);
        }
    }

    /** Ends the row. */
    void end() {
        put((byte) '\n');
        first = true;
    }

    /** A header row. */
    void header(String... columns) {
        for (String c : columns) {
            text(c);
        }
        end();
    }

    private void flush() {
        try {
            out.write(buf, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes += n;
        n = 0;
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
