package org.kamgraph.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.kamgraph.demo.DemoMarketGeneratorTest.Parsed;

/** A generated market's CSV files, read once, with rows addressed by column name (the part of the header before ':'). */
final class MarketFiles {
    /** One row of a file: cells by column name; empty cells are absent. */
    record Row(String file, Map<String, String> cells) {
        String get(String column) {
            return cells.get(column);
        }

        String start() {
            return cells.get(":START_ID");
        }

        String end() {
            return cells.get(":END_ID");
        }

        double number(String column) {
            String v = cells.get(column);
            return v == null ? 0 : Double.parseDouble(v);
        }

        /** The relationship's type, from its file name (TYPE-From-To.csv). */
        String type() {
            return file.substring(0, file.indexOf('-'));
        }
    }

    final Map<String, Parsed> files;

    MarketFiles(Map<String, Parsed> files) {
        this.files = files;
    }

    static MarketFiles read(Path dir) throws IOException {
        return new MarketFiles(DemoMarketGeneratorTest.readAll(dir));
    }

    /** Rows of every file whose name starts with {@code prefix} (e.g. "REPORTS_TO-", "Hospital.csv"). */
    List<Row> rows(String prefix) {
        List<Row> rows = new ArrayList<>();
        each(prefix, rows::add);
        return rows;
    }

    void each(String prefix, Consumer<Row> action) {
        for (Parsed f : files.values()) {
            if (!f.name().startsWith(prefix)) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (String h : f.header()) {
                String n = h.startsWith(":START_ID") ? ":START_ID" : h.startsWith(":END_ID") ? ":END_ID"
                        : h.startsWith("id:ID") ? "id" : h.contains(":") ? h.substring(0, h.indexOf(':')) : h;
                names.add(n);
            }
            for (List<String> r : f.rows()) {
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < r.size(); i++) {
                    if (!r.get(i).isEmpty()) {
                        cells.put(names.get(i), r.get(i));
                    }
                }
                action.accept(new Row(f.name(), cells));
            }
        }
    }

    /** Relationship files (TYPE-From-To.csv). */
    List<String> relationshipFiles() {
        return files.keySet().stream().filter(n -> n.chars().filter(c -> c == '-').count() == 2).toList();
    }

    /** A node property by id, from the node file of a kind (e.g. "Person.csv"). */
    Map<String, String> property(String nodeFile, String column) {
        Map<String, String> m = new HashMap<>();
        each(nodeFile, r -> m.put(r.get("id"), r.get(column)));
        return m;
    }
}
