package org.kamgraph.cypher.ingest;

import java.nio.file.Path;

/** One file for neo4j-admin's importer: its labels ("Hospital:Organization:Account") or relationship type, and its path. */
public record AdminFile(String labelsOrType, Path path) {
}
