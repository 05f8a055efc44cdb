package org.kamgraph.readers;

import java.util.Map;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/**
 * Where a translator puts what a row stands for. Values are typed as the model types them (String, Long, Double,
 * Boolean, LocalDate); validation against the model comes after, with the row's line. A row may emit several rows of
 * several shapes, or nothing.
 */
public interface Emit {

    /** A node; {@code props} need not repeat the id. */
    void node(NodeKind kind, String id, Map<String, Object> props);

    /** A relationship between two nodes named by kind and id. */
    void relationship(RelKind type, NodeKind from, String start, NodeKind to, String end, Map<String, Object> props);

    /**
     * The row (or part of it) cannot be used: unmatched (no clinician with that NPI), ambiguous (a drug name that
     * matches two products) or malformed. It is written to the reject file with its line and counted under
     * {@code reason}; keep reasons few and general ({@code "no product named 'X'"} is fine: one per distinct name),
     * since the report counts rows per reason.
     *
     * @param column the publisher's column at fault, or null
     */
    void reject(String column, String reason);

    /**
     * Ends a node that exists (stored, or emitted by an earlier file of the import) without restating it: its
     * {@code validTo} becomes {@code validTo}. For files that name what ended by key only (NPPES gives a deactivated
     * NPI with its deactivation date and nothing else); the node must be one that {@link Identities} resolved. An
     * importer that cannot do this rejects the row, as the default does, so that nothing is dropped silently.
     */
    default void end(NodeKind kind, String id, java.time.LocalDate validTo) {
        reject(null, "ending a " + kind.label() + " by key alone is not supported by this importer: validTo not set");
    }

    /** The row is outside the import's region filter: counted, not rejected. */
    void outsideRegion();

    /**
     * The rows emitted next stand for the published row at this line (by default, the row being translated). A
     * translator that aggregates several rows into one (payments summed per clinician, product and day) calls it
     * before emitting the aggregate, in {@link Translator#finish} or later in the file, so that the aggregate carries
     * the line of its first row; the next row translated resets it.
     */
    default void atLine(long line) {
    }
}
