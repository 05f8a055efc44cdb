package org.kamgraph.readers;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sales territories as areas, for the import's region filter ({@code --territories=SD-East}): a territory alignment
 * file, one row per area of a territory, with the columns {@code territory}, {@code state} (a postal code) and
 * {@code zip} (a 3-digit ZIP prefix or a 5-digit ZIP; empty: the whole state). A territory is the union of its rows;
 * its name is the {@code territory} value nodes carry in the graph (matched ignoring case).
 *
 * <pre>
 * territory,state,zip
 * SD-East,SD,570
 * SD-East,SD,571
 * SD-West,SD,577
 * Dakotas,ND,
 * Dakotas,SD,
 * </pre>
 */
public final class Territories {
    /** One row of the file: an area of a territory. */
    public record Area(String state, String zip) {
    }

    private final String file;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, List<Area>> areas = new LinkedHashMap<>();

    private Territories(String file) {
        this.file = file;
    }

    /** Reads a territory alignment file; a malformed one fails naming the file and line. */
    public static Territories read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("territory file " + file + " not found (give it with --territory-file=PATH; "
                    + "columns territory,state,zip)");
        }
        Territories t = new Territories(file.getFileName().toString());
        try (CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true).allowMissingFields(true)
                .ofCsvRecord(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            int territory = -1;
            int state = -1;
            int zip = -1;
            boolean header = true;
            for (CsvRecord r : csv) {
                long line = r.getStartingLineNumber();
                if (header) {
                    header = false;
                    for (int i = 0; i < r.getFieldCount(); i++) {
                        switch (r.getField(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)) {
                            case "territory" -> territory = i;
                            case "state" -> state = i;
                            case "zip" -> zip = i;
                            default -> { }
                        }
                    }
                    if (territory < 0 || state < 0) {
                        throw t.problem(line, "needs the columns territory,state (and zip); found " + r.getFields());
                    }
                    continue;
                }
                String name = field(r, territory);
                String st = field(r, state).toUpperCase(Locale.ROOT);
                String z = zip < 0 ? "" : field(r, zip);
                if (name.isEmpty()) {
                    throw t.problem(line, "no territory name");
                }
                if (!st.matches("[A-Z]{2}")) {
                    throw t.problem(line, "state must be a two-letter postal code, got '" + st + "'");
                }
                if (!z.isEmpty() && !z.matches("\\d{3}|\\d{5}")) {
                    throw t.problem(line, "zip must be a 3-digit ZIP prefix or a 5-digit ZIP (with its leading zeros), got '" + z + "'");
                }
                String key = name.toLowerCase(Locale.ROOT);
                t.names.putIfAbsent(key, name);
                t.areas.computeIfAbsent(key, k -> new ArrayList<>()).add(new Area(st, z.isEmpty() ? null : z));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("territory file " + file + ": " + e.getMessage(), e);
        }
        return t;
    }

    private static String field(CsvRecord r, int i) {
        return i < r.getFieldCount() ? r.getField(i).strip() : "";
    }

    private IllegalArgumentException problem(long line, String message) {
        return new IllegalArgumentException("territory file " + file + ", line " + line + ": " + message);
    }

    /** The territories the file defines, as first spelled. */
    public List<String> names() {
        return List.copyOf(names.values());
    }

    /** The areas of a territory (name matched ignoring case), or an empty list when the file does not define it. */
    public List<Area> areas(String territory) {
        return areas.getOrDefault(territory.strip().toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * The region of these territories: the states they cover whole, and their ZIPs with the states those lie in. A name
     * the file does not define fails, listing the ones it does.
     */
    public Region region(Collection<String> territories) {
        Set<String> states = new TreeSet<>();
        Set<String> zips = new TreeSet<>();
        Set<String> partial = new TreeSet<>();
        for (String t : territories) {
            List<Area> as = areas(t);
            if (as.isEmpty()) {
                throw new IllegalArgumentException("territory '" + t.strip() + "' is not in the territory file " + file
                        + " (it defines: " + String.join(", ", names()) + ")");
            }
            for (Area a : as) {
                if (a.zip() == null) {
                    states.add(a.state());
                } else {
                    zips.add(a.zip());
                    partial.add(a.state());
                }
            }
        }
        return new Region(states, zips, partial);
    }
}
