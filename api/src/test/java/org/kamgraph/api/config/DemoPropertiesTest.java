package org.kamgraph.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The demo market is generated as of the real date unless kam.demo.today pins one (generate --today: the demo
 * module's GenerateCommandTest).
 */
class DemoPropertiesTest {
    @Test
    void theDemoIsGeneratedAsOfTodayUnlessADateIsConfigured() {
        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        LocalDate real = new KamProperties.Demo(true, 0.5, 7, "").asOf();
        assertThat(real).isBetween(before, LocalDate.now(ZoneOffset.UTC));
        KamProperties.Demo pinned = new KamProperties.Demo(true, 0.5, 7, " 2027-03-01 ");
        assertThat(pinned.asOf()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(pinned.seed()).isEqualTo(7);
        assertThat(pinned.scale()).isEqualTo(0.5);
        assertThatThrownBy(() -> new KamProperties.Demo(true, 1, 42, "2027-13-01").asOf())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kam.demo.today").hasMessageContaining("2027-13-01");
    }
}
