package org.kamgraph.cypher.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads a lone carriage return (one not followed by a line feed) as a line feed. FastCSV 4.1 otherwise loses a
 * row whose quoted last field holds one (the line feed after the closing quote is taken for the second half of a
 * CR LF and the row runs on into the next, or vanishes at the end of the file). Outside quotes a lone CR ends a
 * line either way; inside quotes the text keeps a line break, as LF.
 */
final class LoneCarriageReturns extends Reader {
    private final Reader in;
    /** A character read ahead to look past a CR at the end of a chunk, or -1. */
    private int pending = -1;

    LoneCarriageReturns(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n;
        if (pending >= 0) {
            cbuf[off] = (char) pending;
            pending = -1;
            int more = len > 1 ? in.read(cbuf, off + 1, len - 1) : 0;
            n = 1 + Math.max(more, 0);
        } else {
            n = in.read(cbuf, off, len);
            if (n <= 0) {
                return n;
            }
        }
        int end = off + n;
        for (int i = off; i < end; i++) {
            if (cbuf[i] == '\r') {
                if (i + 1 < end) {
                    if (cbuf[i + 1] != '\n') {
                        cbuf[i] = '\n';
                    }
                } else {
                    int next = in.read();
                    if (next != '\n') {
                        cbuf[i] = '\n';
                    }
                    pending = next; // -1 at the end of input
                }
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
