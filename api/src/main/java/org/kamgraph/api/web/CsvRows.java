package org.kamgraph.api.web;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flattens the rows of a GraphQL answer into CSV: the list at a path (or the first list of objects found), one
 * line per element, nested objects as dotted columns ({@code person.name}), lists of scalars joined with "; ",
 * lists of objects as a count column plus their values joined per field; an empty list leaves its cells blank. Numbers are written in plain notation
 * (no exponent), so spreadsheets and BI tools read them as numbers.
 */
final class CsvRows {
    private CsvRows() {
    }

    /** The list at {@code path} (dot-separated, from the {@code data} object), or the first list of objects. */
    @SuppressWarnings("unchecked")
    static List<Object> rows(Map<String, Object> data, String path) {
        if (path != null && !path.isBlank()) {
            Object at = data;
            for (String part : path.split("\\.")) {
                if (!(at instanceof Map<?, ?> m) || !m.containsKey(part)) {
                    throw new IllegalArgumentException("rows: the answer has no '" + part + "' at " + path);
                }
                at = m.get(part);
            }
            if (!(at instanceof List<?> l)) {
                throw new IllegalArgumentException("rows: " + path + " is not a list");
            }
            return (List<Object>) l;
        }
        List<Object> found = firstList(data);
        if (found == null) {
            throw new IllegalArgumentException("rows: the answer holds no list; name one with rows=path.to.list");
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> firstList(Object o) {
        if (o instanceof List<?> l && !l.isEmpty() && l.getFirst() instanceof Map) {
            return (List<Object>) l;
        }
        if (o instanceof Map<?, ?> m) {
            for (Object v : m.values()) {
                List<Object> f = firstList(v);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    static String csv(List<Object> rows) {
        List<Map<String, String>> flat = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        for (Object row : rows) {
            Map<String, String> f = new LinkedHashMap<>();
            flatten("", row, f);
            columns.addAll(f.keySet());
            flat.add(f);
        }
        StringWriter out = new StringWriter();
        try (CsvWriter w = CsvWriter.builder().build(out)) {
            w.writeRecord(columns);
            for (Map<String, String> f : flat) {
                List<String> values = new ArrayList<>(columns.size());
                for (String c : columns) {
                    values.add(f.getOrDefault(c, ""));
                }
                w.writeRecord(values);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void flatten(String prefix, Object value, Map<String, String> out) {
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                flatten(prefix.isEmpty() ? String.valueOf(e.getKey()) : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (value instanceof List<?> l) {
            if (l.isEmpty()) {
                return; // of unknown shape: its columns come from other rows, blank here
            }
            if (l.stream().anyMatch(x -> x instanceof Map || x instanceof List)) {
                out.put(prefix + ".count", String.valueOf(l.size()));
                Map<String, List<String>> byColumn = new LinkedHashMap<>();
                for (Object x : l) {
                    Map<String, String> f = new LinkedHashMap<>();
                    flatten("", x, f);
                    f.forEach((k, v) -> byColumn.computeIfAbsent(k, c -> new ArrayList<>()).add(v));
                }
                byColumn.forEach((k, v) -> out.put(prefix + "." + k, String.join("; ", v)));
            } else {
                out.put(prefix, String.join("; ", l.stream().map(CsvRows::scalar).toList()));
            }
        } else {
            out.put(prefix, scalar(value));
        }
    }

    private static String scalar(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : String.valueOf(d);
        }
        return String.valueOf(v);
    }
}
