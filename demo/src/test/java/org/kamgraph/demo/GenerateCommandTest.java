package org.kamgraph.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate DIR --today=...} writes the market as of the date given. */
class GenerateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void generateTakesTheDateToGenerateAs() throws Exception {
        Path dir = tmp.resolve("market");
        assertThat(GenerateCommand.run(new String[] {dir.toString(), "--scale=0.02", "--seed=3", "--today=2027-03-01"})).isZero();
        assertThat(Files.readString(dir.resolve("PRESCRIBES-Clinician-Product.csv"))).contains("2027-01-01");
        assertThat(GenerateCommand.run(new String[] {dir.toString(), "--today=March"})).isEqualTo(2);
    }
}
