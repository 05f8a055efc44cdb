package org.kamgraph.api.importing;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.ingest.published.PublishedOptions;
import org.kamgraph.readers.Region;
import org.kamgraph.readers.Territories;

/**
 * The region filter of an import of published files, from {@code --states=SD,ND} and {@code --territories=SD-East}
 * (upload: {@code states}, {@code territories}): the states, plus the areas (states and ZIP prefixes) the territory
 * alignment file gives the territories (see docs/IMPORT.md, "Region filter"). Both empty: everything.
 */
public final class ImportRegion {
    /** Where the territory alignment file is when none is named ({@code kam.importing.territory-file}'s default). */
    public static final String DEFAULT_FILE = "data/territories.csv";

    private ImportRegion() {
    }

    /**
     * @param states      {@code SD,ND} or blank
     * @param territories {@code SD-East,SD-West} or blank
     * @param file        the territory alignment file (read only when territories are given)
     */
    public static Region of(String states, String territories, Path file) {
        Region region = PublishedOptions.states(states);
        if (territories == null || territories.isBlank()) {
            return region;
        }
        List<String> names = Arrays.stream(territories.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        if (names.isEmpty()) {
            return region;
        }
        try {
            return region.union(Territories.read(file).region(names));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new BadInputException("territories", e.getMessage());
        }
    }
}
