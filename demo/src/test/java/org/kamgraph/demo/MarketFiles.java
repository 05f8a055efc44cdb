package org.kamgraph.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.kamgraph.demo.DemoMarketGeneratorTest.Parsed;

/**
 * A generated market's CSV files, read once, with rows addressed by column name (the part of the header before ':').
 * The published files (under {@code published/}) are read too, and their prescribing and shared-patient rows are
 * seen as the readers turn them into relationships: as rows of {@code PRESCRIBES-Clinician-Product.csv} and
 * {@code REFERS_TO-Clinician-Clinician.csv} (clinician ids NPI-&lt;npi&gt;, the product by its brand name, validity the
 * data year), so that assertions on the market's relationships hold whichever way they were written.
 */
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
    /** The published files by name (empty for a market written in the import format only). */
    final Map<String, Parsed> published;
    private List<Row> translated;

    MarketFiles(Map<String, Parsed> files, Map<String, Parsed> published) {
        this.files = files;
        this.published = published;
    }

    static MarketFiles read(Path dir) throws IOException {
        Path pub = dir.resolve(PublishedFiles.DIRECTORY);
        return new MarketFiles(DemoMarketGeneratorTest.readAll(dir),
                java.nio.file.Files.isDirectory(pub) ? DemoMarketGeneratorTest.readAll(pub) : Map.of());
    }

    /** Rows of a published file, by its publisher's column names. */
    List<Map<String, String>> publishedRows(String fileName) {
        Parsed f = published.get(fileName);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : f.rows()) {
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < r.size(); i++) {
                if (!r.get(i).isEmpty()) {
                    cells.put(f.header().get(i), r.get(i));
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The Part D and shared-patient rows as the relationships they stand for. */
    private List<Row> translated() {
        if (translated == null) {
            translated = new ArrayList<>();
            Map<String, String> productByBrand = new HashMap<>();
            each("Product.csv", r -> productByBrand.put(r.get("name"), r.get("id")));
            for (String name : published.keySet()) {
                java.util.regex.Matcher partD = java.util.regex.Pattern.compile("MUP_DPR_RY\\d\\d_P04_V10_DY(\\d\\d)_NPIBN\\.csv").matcher(name);
                java.util.regex.Matcher hop = java.util.regex.Pattern.compile("DocGraph_Hop_Teaming_(\\d{4})\\.csv").matcher(name);
                if (partD.matches()) {
                    String year = "20" + partD.group(1);
                    for (Map<String, String> r : publishedRows(name)) {
                        Map<String, String> cells = new HashMap<>();
                        cells.put(":START_ID", "NPI-" + r.get("Prscrbr_NPI"));
                        cells.put(":END_ID", productByBrand.get(r.get("Brnd_Name")));
                        cells.put("claims", r.get("Tot_Clms"));
                        cells.put("amount", r.get("Tot_Drug_Cst"));
                        cells.put("currency", "USD");
                        cells.put("validFrom", year + "-01-01");
                        cells.put("validTo", year + "-12-31");
                        translated.add(new Row("PRESCRIBES-Clinician-Product.csv", cells));
                    }
                } else if (hop.matches()) {
                    for (Map<String, String> r : publishedRows(name)) {
                        Map<String, String> cells = new HashMap<>();
                        cells.put(":START_ID", "NPI-" + r.get("from_npi"));
                        cells.put(":END_ID", "NPI-" + r.get("to_npi"));
                        if (r.get("patient_count") != null) {
                            cells.put("patients", r.get("patient_count"));
                        }
                        cells.put("claims", r.get("transaction_count"));
                        cells.put("validFrom", hop.group(1) + "-01-01");
                        cells.put("validTo", hop.group(1) + "-12-31");
                        translated.add(new Row("REFERS_TO-Clinician-Clinician.csv", cells));
                    }
                }
            }
        }
        return translated;
    }

    /** Rows of every file whose name starts with {@code prefix} (e.g. "REPORTS_TO-", "Hospital.csv"). */
    List<Row> rows(String prefix) {
        List<Row> rows = new ArrayList<>();
        each(prefix, rows::add);
        return rows;
    }

    void each(String prefix, Consumer<Row> action) {
        if (!published.isEmpty() && (prefix.startsWith("PRESCRIBES-") || prefix.startsWith("REFERS_TO-"))) {
            translated().stream().filter(r -> r.file().startsWith(prefix)).forEach(action);
        }
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
