package org.kamgraph.readers;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Every published format kam-graph reads, by name; and the one a file's header belongs to ({@code --format=auto}). */
public final class SourceFormats {
    /** Every catalog's formats: add a new format to {@link org.kamgraph.readers.catalog.AllFormats}. */
    private static final List<SourceFormat> ALL = java.util.ServiceLoader.load(FormatCatalog.class, SourceFormats.class.getClassLoader())
            .stream().flatMap(c -> c.get().formats().stream()).toList();

    private SourceFormats() {
    }

    /** All formats, in import order. */
    public static List<SourceFormat> all() {
        return ALL.stream().sorted(Comparator.comparingInt(SourceFormat::order).thenComparing(SourceFormat::name)).toList();
    }

    public static Optional<SourceFormat> byName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(f -> f.name().equals(n)).findFirst();
    }

    /**
     * The format whose required columns the header has; when several do, the one requiring the most columns (the
     * most specific). Empty when none does.
     */
    public static Optional<SourceFormat> detect(Set<String> header) {
        return ALL.stream().filter(f -> f.recognizes(header))
                .max(Comparator.comparingInt((SourceFormat f) -> f.requiredColumns().size()));
    }

    /**
     * As {@link #detect(Set)}, for a file of this name: formats whose {@link SourceFormat#recognizesName} refuses the
     * name are left out (an NPPES weekly update file is {@code nppes-weekly}, not the full file's {@code nppes}).
     */
    public static Optional<SourceFormat> detect(Set<String> header, String fileName) {
        return ALL.stream().filter(f -> f.recognizes(header) && f.recognizesName(fileName))
                .max(Comparator.comparingInt((SourceFormat f) -> f.requiredColumns().size()));
    }

    /** The names, for messages: {@code nppes, partd-prescribers, ...}. */
    public static String names() {
        return String.join(", ", all().stream().map(SourceFormat::name).toList());
    }
}
