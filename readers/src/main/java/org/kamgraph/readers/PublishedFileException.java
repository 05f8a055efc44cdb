package org.kamgraph.readers;

/** A published file cannot be read (further): nothing of it may be written. Names the file, line and column. */
public final class PublishedFileException extends RuntimeException {
    private final String file;
    private final long line;
    private final String column;
    private final String reason;

    public PublishedFileException(String file, long line, String column, String reason) {
        super(file + (line > 0 ? ":" + line : "") + (column != null ? " column '" + column + "'" : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
