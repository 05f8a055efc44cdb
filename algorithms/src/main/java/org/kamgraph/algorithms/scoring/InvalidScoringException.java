package org.kamgraph.algorithms.scoring;

/** A weight or tier setting that cannot be used; {@link #field()} names it (e.g. {@code weights.spend}). */
public final class InvalidScoringException extends IllegalArgumentException {
    private final String field;

    public InvalidScoringException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
