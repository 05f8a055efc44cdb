package org.kamgraph.algorithms.rank;

import org.kamgraph.algorithms.Convergence;

/** Thrown by an iterative centrality whose scores would be meaningless because it did not converge. */
public final class NotConvergedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final transient Convergence convergence;

    NotConvergedException(String message, Convergence convergence) {
        super(message);
        this.convergence = convergence;
    }

    /** Where the iteration stopped: the iterations run and the last L1 change. */
    public Convergence convergence() {
        return convergence;
    }
}
