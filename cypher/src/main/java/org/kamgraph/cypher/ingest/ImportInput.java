package org.kamgraph.cypher.ingest;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import it.unimi.dsi.fastutil.longs.LongSet;

/** One input of an import run and what validation learned about it; the writers then skip its invalid lines. */
final class ImportInput {
    final RowReader reader;
    /** Its place in the run, nodes first: names its neo4j-admin files and its rows' positions. */
    int index;
    /** What it holds; null when it cannot be used (unreadable, or a bad header): none of it is written. */
    InputShape shape;
    long rows;
    final LongSet invalidLines = new LongOpenHashSet();
    /** Some relationship row may repeat another's identity: only upserts can merge those. */
    boolean possibleDuplicates;
    long written;

    ImportInput(RowReader reader) {
        this.reader = reader;
    }

    String name() {
        return reader.name();
    }

    boolean holdsNodes() {
        return shape != null && shape.holdsNodes();
    }

    String holds() {
        return shape == null ? "unreadable" : shape.holds();
    }

    ImportReport.FileReport report() {
        return new ImportReport.FileReport(name(), holds(), rows, shape == null ? rows : invalidLines.size(), written);
    }
}
