package org.kamgraph.readers;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The import's region filter: what a regional team loads. Whole US states ({@code --states=SD,ND}) and, for sales
 * territories ({@code --territories=SD-East}, resolved by {@link Territories}), ZIP codes: 3-digit prefixes
 * ({@code 571}) or 5-digit ZIPs, each with the state it lies in ({@code partialStates}: states the region covers in
 * part).
 *
 * <p>A row is in the region when its state is one of {@code states}, or its ZIP starts with one of {@code zips}. A row
 * without a state (and ZIP) is kept, as is a row of a state the region covers in part when the row has no ZIP: where
 * it lies cannot be decided, and dropping it would lose what the region may hold. Formats whose rows have a state only
 * ask {@link #includes(String)}: whether the region covers any of the state.
 *
 * @param states        postal codes of the states covered whole
 * @param zips          ZIP prefixes covered: 3 digits (a sectional center) or 5 (one ZIP)
 * @param partialStates postal codes of the states the ZIPs lie in (covered in part unless also in {@code states})
 */
public record Region(Set<String> states, Set<String> zips, Set<String> partialStates) {
    public static final Region ALL = new Region(Set.of());

    public Region {
        states = upper(states);
        zips = zips == null ? Set.of() : zips.stream().map(String::strip).collect(Collectors.toUnmodifiableSet());
        for (String z : zips) {
            if (!z.matches("\\d{3}|\\d{5}")) {
                throw new IllegalArgumentException("a ZIP prefix has 3 or 5 digits, got '" + z + "'");
            }
        }
        partialStates = upper(partialStates);
    }

    /** Whole states only ({@code --states=SD,ND}). */
    public Region(Set<String> states) {
        this(states, Set.of(), Set.of());
    }

    private static Set<String> upper(Set<String> codes) {
        return codes == null ? Set.of() : codes.stream().map(s -> s.strip().toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** This region and that one: their states, ZIPs and partly covered states together. */
    public Region union(Region other) {
        Set<String> s = new TreeSet<>(states);
        s.addAll(other.states);
        Set<String> z = new TreeSet<>(zips);
        z.addAll(other.zips);
        Set<String> p = new TreeSet<>(partialStates);
        p.addAll(other.partialStates);
        return new Region(s, z, p);
    }

    /**
     * Whether the filter keeps a row in {@code state} (a postal code; a row without one is kept) when the row has no
     * ZIP: true when the region covers the state whole or in part.
     */
    public boolean includes(String state) {
        if (isAll() || state == null || state.isBlank()) {
            return true;
        }
        String s = state.strip().toUpperCase(Locale.ROOT);
        return states.contains(s) || partialStates.contains(s);
    }

    /**
     * Whether the filter keeps a row in {@code state} at {@code zip} (5 digits, ZIP+4, or 9 digits as NPPES writes
     * them; null or not a ZIP: {@link #includes(String)} decides).
     */
    public boolean includes(String state, String zip) {
        if (isAll()) {
            return true;
        }
        String z5 = zip5(zip);
        if (z5 == null || zips.isEmpty()) {
            return includes(state); // whole states only: the state decides, as it always has
        }
        if (state != null && states.contains(state.strip().toUpperCase(Locale.ROOT))) {
            return true;
        }
        return zips.contains(z5.substring(0, 3)) || zips.contains(z5);
    }

    /** Whether the region covers the whole of {@code state} (or everything): a row there needs no ZIP to be placed. */
    public boolean coversWhole(String state) {
        return isAll() || (state != null && states.contains(state.strip().toUpperCase(Locale.ROOT)));
    }

    public boolean isAll() {
        return states.isEmpty() && zips.isEmpty();
    }

    /** The first five digits of a ZIP as published ({@code 57105}, {@code 57105-1106}, {@code 571051106}), or null. */
    static String zip5(String zip) {
        if (zip == null) {
            return null;
        }
        String z = zip.strip();
        if (z.length() < 5) {
            return null;
        }
        for (int i = 0; i < 5; i++) {
            if (z.charAt(i) < '0' || z.charAt(i) > '9') {
                return null;
            }
        }
        return z.substring(0, 5);
    }

    /** For reports and the audit log: {@code states [SD]}, {@code states [ND], ZIPs [570, 571] (in SD)}, {@code all}. */
    public String describe() {
        if (isAll()) {
            return "all";
        }
        StringBuilder sb = new StringBuilder();
        if (!states.isEmpty()) {
            sb.append("states ").append(new TreeSet<>(states));
        }
        if (!zips.isEmpty()) {
            Set<String> partly = new TreeSet<>(partialStates);
            partly.removeAll(states);
            sb.append(sb.isEmpty() ? "" : ", ").append("ZIPs ").append(new TreeSet<>(zips));
            if (!partly.isEmpty()) {
                sb.append(" (in ").append(String.join(", ", partly)).append(')');
            }
        }
        return sb.toString();
    }
}
