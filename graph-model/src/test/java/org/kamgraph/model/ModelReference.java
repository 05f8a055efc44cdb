package org.kamgraph.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders the model (node kinds, relationship kinds, their properties and legal joins) as Markdown for
 * {@code docs/MODEL.md}. Lives in the test tree so that graph-model's main code stays free of I/O and
 * documentation concerns; {@link ModelDocTest} keeps the document in step with the code.
 */
final class ModelReference {
    private ModelReference() {
    }

    /** The whole reference, ending with a newline. */
    static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("<!-- Generated from graph-model by ModelDocTest; do not edit by hand. -->\n\n");
        md.append("## Reference\n\n");
        md.append("### Node kinds\n\n");
        md.append("| Kind | Labels | Description |\n|---|---|---|\n");
        for (NodeKind k : NodeKind.values()) {
            md.append("| [").append(k.label()).append("](#").append(anchor(k.label())).append(") | ")
                    .append(codes(k.labels())).append(" | ").append(cell(k.description())).append(" |\n");
        }
        for (NodeKind k : NodeKind.values()) {
            md.append("\n#### ").append(k.label()).append("\n\n");
            md.append(k.description()).append(".\n\n");
            md.append("Labels: ").append(codes(k.labels())).append(".\n\n");
            properties(md, k.properties().values());
        }

        md.append("\n### Relationship kinds\n\n");
        md.append("| Type | Group | Joins | Description |\n|---|---|---|---|\n");
        for (RelKind r : RelKind.values()) {
            md.append("| [").append(r.type()).append("](#").append(anchor(r.type())).append(") | ")
                    .append(r.group().name().toLowerCase(Locale.ROOT)).append(" | ")
                    .append(r.joins().stream().map(ModelReference::join).map(ModelReference::cell)
                            .collect(Collectors.joining("<br>")))
                    .append(" | ").append(cell(r.description())).append(" |\n");
        }
        for (RelKind r : RelKind.values()) {
            md.append("\n#### ").append(r.type()).append("\n\n");
            md.append(r.description()).append(". Group: ").append(r.group().name().toLowerCase(Locale.ROOT))
                    .append(r.isMoney() ? " (carries an annual amount and currency)" : "").append(".\n\n");
            md.append("Joins:\n\n");
            for (RelKind.Join j : r.joins()) {
                md.append("- ").append(join(j)).append("\n");
            }
            md.append("\n");
            properties(md, r.properties().values());
        }
        return md.toString();
    }

    private static void properties(StringBuilder md, java.util.Collection<PropertySpec> specs) {
        md.append("| Property | Type | Required | Range | Allowed values | Description |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (PropertySpec p : specs) {
            md.append("| `").append(p.name()).append("` | ").append(p.type().csvName()).append(" | ")
                    .append(p.required() ? "yes" : "no").append(" | ").append(range(p)).append(" | ")
                    .append(p.allowedValues().stream().map(v -> "`" + v + "`").collect(Collectors.joining(", ")))
                    .append(" | ").append(cell(p.description())).append(" |\n");
        }
    }

    /** One legal join, e.g. {@code Department → Hospital, Clinic}. */
    static String join(RelKind.Join j) {
        return kinds(j.from()) + " → " + kinds(j.to());
    }

    private static String kinds(Set<NodeKind> kinds) {
        if (kinds.size() > 1 && kinds.equals(Set.copyOf(NodeKind.organizations()))) {
            return "any organization";
        }
        return kinds.stream().map(NodeKind::label).collect(Collectors.joining(", "));
    }

    static String range(PropertySpec p) {
        if (p.min() == null && p.max() == null) {
            return "";
        }
        if (p.max() == null) {
            return "≥ " + number(p.min());
        }
        if (p.min() == null) {
            return "≤ " + number(p.max());
        }
        return number(p.min()) + " to " + number(p.max());
    }

    /** Whole numbers plainly up to a million, powers of ten beyond as {@code 1e9}. */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e6) {
            return String.valueOf((long) d);
        }
        if (d > 0 && d == Math.rint(d)) {
            long exp = Math.round(Math.log10(d));
            if (Math.pow(10, exp) == d) {
                return "1e" + exp;
            }
            return String.valueOf((long) d);
        }
        return String.valueOf(d);
    }

    /** GitHub's heading anchor for a single-word heading. */
    private static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT);
    }

    private static String codes(List<String> labels) {
        return labels.stream().map(l -> "`" + l + "`").collect(Collectors.joining(", "));
    }

    /** Escapes what would break a table cell. */
    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
