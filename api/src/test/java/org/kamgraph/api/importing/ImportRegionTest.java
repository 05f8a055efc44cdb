package org.kamgraph.api.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.readers.Region;

/** {@code --states} and {@code --territories} (upload: {@code states}, {@code territories}) as one region. */
class ImportRegionTest {
    @TempDir
    Path dir;

    Path file() throws IOException {
        return Files.writeString(dir.resolve("territories.csv"), "territory,state,zip\nSD-East,SD,571\nSD-West,SD,577\n");
    }

    @Test
    void noStatesNorTerritoriesIsEverything() throws IOException {
        assertThat(ImportRegion.of(null, " ", file())).isEqualTo(Region.ALL);
    }

    @Test
    void statesAndTerritoriesTogether() throws IOException {
        Region r = ImportRegion.of("MN", "SD-East", file());

        assertThat(r.includes("MN", "55401")).isTrue();
        assertThat(r.includes("SD", "57105")).isTrue();
        assertThat(r.includes("SD", "57701")).isFalse();
    }

    @Test
    void anUnknownTerritoryOrAMissingFileIsBadInputNamingTerritories() throws IOException {
        Path f = file();
        assertThatThrownBy(() -> ImportRegion.of(null, "SD-North", f)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("territories: territory 'SD-North' is not in the territory file territories.csv");
        assertThatThrownBy(() -> ImportRegion.of(null, "SD-East", dir.resolve("none.csv"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("not found");
    }
}
