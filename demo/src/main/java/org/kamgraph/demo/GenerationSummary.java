package org.kamgraph.demo;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a generation wrote: rows per file (header excluded), keyed by file name and sorted by it.
 *
 * @param nodesPerFile         node files, e.g. {@code Hospital.csv}
 * @param relationshipsPerFile relationship files, e.g. {@code INFLUENCES-Clinician-Person.csv}
 */
public record GenerationSummary(Map<String, Long> nodesPerFile, Map<String, Long> relationshipsPerFile) {
    /** Copies the maps, sorted by file name and unmodifiable. */
    public GenerationSummary {
        nodesPerFile = java.util.Collections.unmodifiableMap(new TreeMap<>(nodesPerFile));
        relationshipsPerFile = java.util.Collections.unmodifiableMap(new TreeMap<>(relationshipsPerFile));
    }

    /**
     * Total node rows.
     *
     * @return the sum over node files
     */
    public long nodes() {
        return nodesPerFile.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Total relationship rows.
     *
     * @return the sum over relationship files
     */
    public long relationships() {
        return relationshipsPerFile.values().stream().mapToLong(Long::longValue).sum();
    }
}
