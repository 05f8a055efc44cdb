package org.kamgraph.demo;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a generation wrote: rows per file (header excluded), keyed by file name and sorted by it.
 *
 * @param nodesPerFile                  node files in the import format, e.g. {@code Hospital.csv}
 * @param relationshipsPerFile          relationship files in the import format, e.g. {@code INFLUENCES-Clinician-Person.csv}
 * @param publishedNodesPerFile         published files whose rows are nodes (the NPI registry file: one row per
 *                                      clinician, the same clinicians as Clinician.csv), under {@code published/}
 * @param publishedRelationshipsPerFile published files whose every row is one relationship (Part D prescribing,
 *                                      shared patients, payments), under {@code published/}
 */
public record GenerationSummary(Map<String, Long> nodesPerFile, Map<String, Long> relationshipsPerFile,
                                Map<String, Long> publishedNodesPerFile, Map<String, Long> publishedRelationshipsPerFile) {
    /** Copies the maps, sorted by file name and unmodifiable. */
    public GenerationSummary {
        nodesPerFile = sorted(nodesPerFile);
        relationshipsPerFile = sorted(relationshipsPerFile);
        publishedNodesPerFile = sorted(publishedNodesPerFile);
        publishedRelationshipsPerFile = sorted(publishedRelationshipsPerFile);
    }

    /** A market written in the import format only. */
    public GenerationSummary(Map<String, Long> nodesPerFile, Map<String, Long> relationshipsPerFile) {
        this(nodesPerFile, relationshipsPerFile, Map.of(), Map.of());
    }

    private static Map<String, Long> sorted(Map<String, Long> m) {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(m));
    }

    /**
     * Total nodes of the market: the node files' rows (the NPI registry's rows are clinicians of Clinician.csv).
     *
     * @return the sum over node files
     */
    public long nodes() {
        return nodesPerFile.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Total relationships of the market, in the import format and in the published files.
     *
     * @return the sum over relationship files, both kinds
     */
    public long relationships() {
        return relationshipsPerFile.values().stream().mapToLong(Long::longValue).sum()
                + publishedRelationshipsPerFile.values().stream().mapToLong(Long::longValue).sum();
    }
}
