package org.kamgraph.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The region filter: whole states, and territories as ZIP prefixes from a territory alignment file. */
class RegionTest {
    static final Path FILE = fixture("territories.csv");

    static Path fixture(String name) {
        try {
            return Path.of(RegionTest.class.getResource("/published/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Region territories(String... names) {
        return Territories.read(FILE).region(List.of(names));
    }

    @Test
    void wholeStatesKeepTheirRowsWhateverTheZip() {
        Region sd = new Region(Set.of("sd"));
        assertThat(sd.includes("SD", "57701")).isTrue();
        assertThat(sd.includes("ND", "58102")).isFalse();
        assertThat(sd.includes(null, "58102")).isTrue(); // no state: kept, as it always was with --states
        assertThat(sd.includes(null)).isTrue();
        assertThat(Region.ALL.includes("ND", "58102")).isTrue();
    }

    @Test
    void aTerritoryIsItsZipPrefixes() {
        Region east = territories("SD-East");

        assertThat(east.states()).isEmpty();
        assertThat(east.zips()).containsExactlyInAnyOrder("570", "571", "572", "573");
        assertThat(east.partialStates()).containsExactly("SD");
        assertThat(east.includes("SD", "57105")).isTrue();
        assertThat(east.includes("SD", "571051106")).isTrue(); // NPPES's 9 digits
        assertThat(east.includes("SD", "57105-1106")).isTrue();
        assertThat(east.includes("SD", "57701")).isFalse(); // Rapid City: SD-West
        assertThat(east.includes("ND", "58102")).isFalse();
    }

    @Test
    void withoutAZipARowOfAStateTheTerritoryCoversInPartIsKept() {
        Region east = territories("SD-East");

        assertThat(east.includes("SD")).isTrue();
        assertThat(east.includes("SD", null)).isTrue();
        assertThat(east.includes("SD", "n/a")).isTrue();
        assertThat(east.includes("ND")).isFalse();
        assertThat(east.coversWhole("SD")).isFalse();
    }

    @Test
    void aFiveDigitZipAndWholeStatesAndSeveralTerritoriesTogether() {
        Region r = territories("Fargo Metro", "sd-west");

        assertThat(r.includes("ND", "58102")).isTrue();
        assertThat(r.includes("ND", "58103")).isFalse();
        assertThat(r.includes("SD", "57701")).isTrue();
        assertThat(r.includes("SD", "57105")).isFalse();
        Region dakotas = territories("Dakotas");
        assertThat(dakotas.states()).containsExactlyInAnyOrder("ND", "SD");
        assertThat(dakotas.coversWhole("ND")).isTrue();
        assertThat(dakotas.includes("SD", "57701")).isTrue();
    }

    @Test
    void statesAndTerritoriesUnite() {
        Region r = new Region(Set.of("MN")).union(territories("SD-East"));

        assertThat(r.includes("MN", "55401")).isTrue();
        assertThat(r.includes("SD", "57105")).isTrue();
        assertThat(r.includes("SD", "57701")).isFalse();
        assertThat(r.describe()).isEqualTo("states [MN], ZIPs [570, 571, 572, 573] (in SD)");
        assertThat(Region.ALL.describe()).isEqualTo("all");
    }

    @Test
    void anUnknownTerritoryFailsListingTheKnownOnes() {
        assertThatThrownBy(() -> territories("SD-North")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("territory 'SD-North' is not in the territory file territories.csv (it defines: SD-East, SD-West, "
                        + "Dakotas, Fargo Metro)");
    }

    @Test
    void aMalformedTerritoryFileFailsNamingTheLine(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("t.csv"), "territory,state,zip\nSD-East,SD,570\nSD-East,SD,5710\n");
        assertThatThrownBy(() -> Territories.read(bad)).hasMessage("territory file t.csv, line 3: zip must be a 3-digit ZIP "
                + "prefix or a 5-digit ZIP (with its leading zeros), got '5710'");
        Path noState = Files.writeString(dir.resolve("u.csv"), "territory,zip\nSD-East,570\n");
        assertThatThrownBy(() -> Territories.read(noState)).hasMessageContaining("line 1: needs the columns territory,state");
        assertThatThrownBy(() -> Territories.read(dir.resolve("none.csv"))).hasMessageContaining("not found");
    }
}
