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
        assertThat(dir.resolve("published").resolve("MUP_DPR_RY29_P04_V10_DY27_NPIBN.csv")).exists();
        assertThat(dir.resolve("published").resolve("npidata_pfile_20050523-20270301.csv")).exists();
        Path plain = tmp.resolve("plain");
        assertThat(GenerateCommand.run(new String[] {plain.toString(), "--scale=0.02", "--seed=3", "--today=2027-03-01",
            "--import-format-only"})).isZero();
        assertThat(Files.readString(plain.resolve("PRESCRIBES-Clinician-Product.csv"))).contains("2027-01-01");
        assertThat(plain.resolve("published")).doesNotExist();
        assertThat(GenerateCommand.run(new String[] {dir.toString(), "--today=March"})).isEqualTo(2);
    }
}
