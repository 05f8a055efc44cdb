package org.kamgraph.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamgraph.api.cli.GenerateCommand;

/** The demo market is generated as of the real date unless kam.demo.today (or generate --today) pins one. */
class DemoPropertiesTest {
    @TempDir
    Path tmp;

    @Test
    void theDemoIsGeneratedAsOfTodayUnlessADateIsConfigured() {
        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        LocalDate real = new KamProperties.Demo(true, 0.5, 7, "").spec().today();
        assertThat(real).isBetween(before, LocalDate.now(ZoneOffset.UTC));
        KamProperties.Demo pinned = new KamProperties.Demo(true, 0.5, 7, " 2027-03-01 ");
        assertThat(pinned.spec().today()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(pinned.spec().seed()).isEqualTo(7);
        assertThat(pinned.spec().scale()).isEqualTo(0.5);
        assertThatThrownBy(() -> new KamProperties.Demo(true, 1, 42, "2027-13-01").spec())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kam.demo.today").hasMessageContaining("2027-13-01");
    }

    @Test
    void generateTakesTheDateToGenerateAs() throws Exception {
        Path dir = tmp.resolve("market");
        assertThat(GenerateCommand.run(new String[] {dir.toString(), "--scale=0.02", "--seed=3", "--today=2027-03-01"})).isZero();
        assertThat(Files.readString(dir.resolve("PRESCRIBES-Clinician-Product.csv"))).contains("2027-01-01");
        assertThat(GenerateCommand.run(new String[] {dir.toString(), "--today=March"})).isEqualTo(2);
    }
}
