package org.kamgraph.readers;

/** Turns the rows of one file, in order, into model rows; made by {@link SourceFormat#translator} for one read. */
public interface Translator {

    /** One published row: emit what it stands for, reject it, or say it is outside the region filter. */
    void row(SourceRow row, Emit out);

    /** After the last row: emit what was aggregated over the file (e.g. payments summed per clinician and product). */
    default void finish(Emit out) {
    }
}
