package org.kamgraph.cypher.ingest.published;

import java.util.List;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.Translator;

/**
 * A format's way of reading a file (delimiter, character set, zip entry) without its headerless columns: detection
 * reads a file's first row as it is, whatever the format would name its fields.
 */
record FirstRowFormat(SourceFormat of) implements SourceFormat {
    public String name() {
        return of.name();
    }

    public String description() {
        return of.description();
    }

    public String dictionary() {
        return of.dictionary();
    }

    public List<String> requiredColumns() {
        return of.requiredColumns();
    }

    public int order() {
        return of.order();
    }

    public boolean fullSnapshot() {
        return of.fullSnapshot();
    }

    public char delimiter() {
        return of.delimiter();
    }

    public java.nio.charset.Charset charset() {
        return of.charset();
    }

    public String zipEntry() {
        return of.zipEntry();
    }

    public List<Shape> shapes() {
        return of.shapes();
    }

    public Translator translator(ReadContext context) {
        return of.translator(context);
    }
}
