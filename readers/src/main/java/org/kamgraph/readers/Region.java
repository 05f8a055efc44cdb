package org.kamgraph.readers;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The import's region filter ({@code --states=SD,ND}): the US states (postal codes) a regional team loads. */
public record Region(Set<String> states) {
    public static final Region ALL = new Region(Set.of());

    public Region {
        states = states.stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the filter keeps a row in {@code state} (a postal code; a row without one is kept). */
    public boolean includes(String state) {
        return states.isEmpty() || state == null || state.isBlank() || states.contains(state.strip().toUpperCase(Locale.ROOT));
    }

    public boolean isAll() {
        return states.isEmpty();
    }
}
