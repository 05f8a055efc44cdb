package org.kamgraph.algorithms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConvergenceTest {

    @Test
    void holdsTheOutcomeAndRejectsNegativeIterations() {
        Convergence c = new Convergence(12, 3.5e-7, true);
        assertThat(c.iterations()).isEqualTo(12);
        assertThat(c.finalChange()).isEqualTo(3.5e-7);
        assertThat(c.converged()).isTrue();
        assertThatThrownBy(() -> new Convergence(-1, 0, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("iterations must be >= 0, was -1");
    }
}
