package org.kamgraph.cypher.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.PropertySpec;
import org.kamgraph.model.PropertyType;
import org.kamgraph.model.RelKind;

/**
 * The header of a CSV file in the neo4j-admin import style: {@code id:ID(Hospital)}, {@code :START_ID(Person)},
 * {@code :END_ID(Person)}, {@code :TYPE}, {@code amount:double}, {@code note:IGNORE}. A node file names its kind in
 * the ID group (or by its file name, {@code Hospital.csv}); a relationship file names its type in a {@code :TYPE}
 * column or by its file name ({@code INFLUENCES.csv}, {@code INFLUENCES-Person-Clinician.csv}). Property columns
 * must be properties of the kind; their values are parsed with the model's type, which a declared type must agree with.
 */
public final class CsvHeader {
    /** What a column holds. */
    public enum Role { ID, START_ID, END_ID, TYPE, PROPERTY, IGNORE }

    /** One column: its position, role, property spec (for PROPERTY) and id group kind (for ID/START_ID/END_ID). */
    public record Column(int index, String name, Role role, PropertySpec spec, NodeKind group) {
    }

    private static final Pattern SPECIAL = Pattern.compile("(?i)^(ID|START_ID|END_ID)(?:\\((.*)\\))?$");

    private final boolean nodeFile;
    private final NodeKind nodeKind;
    private final RelKind relKind; // null when the file has a :TYPE column
    private final List<Column> columns;
    private final Column[] byRole = new Column[Role.values().length];
    private final int width;

    private CsvHeader(boolean nodeFile, NodeKind nodeKind, RelKind relKind, List<Column> columns, int width) {
        this.nodeFile = nodeFile;
        this.nodeKind = nodeKind;
        this.relKind = relKind;
        this.columns = columns;
        this.width = width;
        for (Column c : columns) {
            if (byRole[c.role().ordinal()] == null) {
                byRole[c.role().ordinal()] = c;
            }
        }
    }

    /** How many columns the header has; rows must have as many (trailing empty cells aside). */
    public int width() {
        return width;
    }

    public boolean isNodeFile() {
        return nodeFile;
    }

    public NodeKind nodeKind() {
        return nodeKind;
    }

    /** The file's relationship kind, or empty when each row names its own in a :TYPE column. */
    public Optional<RelKind> relKind() {
        return Optional.ofNullable(relKind);
    }

    public List<Column> columns() {
        return columns;
    }

    /** The first column with this role, or null. */
    public Column column(Role role) {
        return byRole[role.ordinal()];
    }

    public NodeKind startKind() {
        return column(Role.START_ID).group();
    }

    public NodeKind endKind() {
        return column(Role.END_ID).group();
    }

    /** What the file holds, in the format-neutral words validation and the writers use. */
    public InputShape shape() {
        List<InputShape.Field> properties = columns.stream().filter(c -> c.role() == Role.PROPERTY)
                .map(c -> new InputShape.Field(c.name(), c.spec())).toList();
        return nodeFile ? InputShape.nodes(nodeKind, properties)
                : InputShape.relationships(relKind, startKind(), column(Role.START_ID).name(), endKind(),
                        column(Role.END_ID).name(), properties);
    }

    /**
     * Parses a header row.
     *
     * @param fileName used to infer the kind or type when the header does not name it
     * @param problems receives every problem found, at line 1
     * @return the header, or empty when it is unusable
     */
    public static Optional<CsvHeader> parse(String fileName, List<String> cells, List<ImportProblem> problems) {
        int before = problems.size();
        String[] nameParts = stem(fileName).split("-");
        List<String[]> parsed = new ArrayList<>();
        boolean hasId = false;
        boolean hasStart = false;
        boolean hasEnd = false;
        boolean hasType = false;
        for (String cell : cells) {
            String c = cell.strip();
            int colon = c.lastIndexOf(':');
            String name = colon < 0 ? c : c.substring(0, colon);
            String type = colon < 0 ? "" : c.substring(colon + 1);
            parsed.add(new String[] {name, type});
            Matcher m = SPECIAL.matcher(type);
            if (m.matches()) {
                switch (m.group(1).toUpperCase(Locale.ROOT)) {
                    case "ID" -> hasId = true;
                    case "START_ID" -> hasStart = true;
                    default -> hasEnd = true;
                }
            }
            hasType |= type.equalsIgnoreCase("TYPE");
        }
        boolean nodeFile = hasId;
        if (hasId && (hasStart || hasEnd)) {
            problems.add(new ImportProblem(fileName, 1, null, "a file holds either nodes (:ID) or relationships (:START_ID and :END_ID), not both"));
            return Optional.empty();
        }
        if (!hasId && !(hasStart && hasEnd)) {
            problems.add(new ImportProblem(fileName, 1, null, "the header needs an id:ID(Kind) column for nodes, or :START_ID(Kind) and :END_ID(Kind) columns for relationships"));
            return Optional.empty();
        }
        RelKind relKind = null;
        if (!nodeFile && !hasType) {
            relKind = RelKind.byType(nameParts[0]).orElse(null);
            if (relKind == null) {
                problems.add(new ImportProblem(fileName, 1, null, "cannot tell the relationship type: add a :TYPE column or name the file after the type (one of "
                        + RelKind.allTypes() + ")"));
                return Optional.empty();
            }
        }
        NodeKind nodeKind = null;
        List<Column> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < parsed.size(); i++) {
            String name = parsed.get(i)[0];
            String type = parsed.get(i)[1];
            String shown = cells.get(i).strip();
            Matcher m = SPECIAL.matcher(type);
            if (m.matches()) {
                Role role = Role.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                String group = m.group(2);
                int fallback = role == Role.ID ? 0 : role == Role.START_ID ? 1 : 2;
                if ((group == null || group.isBlank()) && nameParts.length > fallback) {
                    group = role == Role.ID ? nameParts[0] : nameParts.length == 3 ? nameParts[fallback] : null;
                }
                Optional<NodeKind> kind = NodeKind.byLabel(group);
                if (kind.isEmpty()) {
                    problems.add(new ImportProblem(fileName, 1, shown, group == null || group.isBlank()
                            ? "name the node kind, e.g. " + role.name() + "(Hospital); kinds: " + NodeKind.allLabels()
                            : "unknown node kind '" + PropertyType.abbreviate(group) + "'; kinds: " + NodeKind.allLabels()));
                    continue;
                }
                if (role == Role.ID) {
                    nodeKind = kind.get();
                    if (!name.isEmpty() && !name.equals("id")) {
                        problems.add(new ImportProblem(fileName, 1, shown, "the ID column is stored as the property 'id'; name it id:ID(" + kind.get().label() + ")"));
                    }
                }
                columns.add(new Column(i, role == Role.ID ? "id" : shown, role, null, kind.get()));
            } else if (type.equalsIgnoreCase("TYPE")) {
                columns.add(new Column(i, shown, Role.TYPE, null, null));
            } else if (type.equalsIgnoreCase("IGNORE")) {
                columns.add(new Column(i, shown, Role.IGNORE, null, null));
            } else {
                columns.add(new Column(i, name, Role.PROPERTY, null, null)); // spec resolved below, once the kind is known
                if (!type.isEmpty() && PropertyType.fromCsvName(type.replace("[]", "")) == null) {
                    problems.add(new ImportProblem(fileName, 1, shown, "unknown type '" + PropertyType.abbreviate(type)
                            + "'; use string, int, long, float, double, boolean, date or IGNORE"));
                }
            }
        }
        List<Column> resolved = new ArrayList<>();
        for (Column c : columns) {
            if (c.role() != Role.PROPERTY) {
                resolved.add(c);
                continue;
            }
            String shown = cells.get(c.index()).strip();
            if (c.name().isEmpty()) {
                problems.add(new ImportProblem(fileName, 1, shown, "a column needs a property name"));
                continue;
            }
            if (!seen.add(c.name())) {
                problems.add(new ImportProblem(fileName, 1, shown, "property '" + c.name() + "' appears twice"));
                continue;
            }
            Optional<PropertySpec> spec = nodeFile
                    ? (nodeKind == null ? Optional.empty() : nodeKind.property(c.name()))
                    : propertyOfRelationship(relKind, c.name());
            if (spec.isEmpty()) {
                if (nodeFile && nodeKind == null || !nodeFile && relKind == null && hasType && propertyOfAnyRelationship(c.name()).isEmpty()) {
                    problems.add(new ImportProblem(fileName, 1, shown, "'" + c.name() + "' is not a property of any relationship kind"));
                } else if (nodeFile || relKind != null) {
                    String owner = nodeFile ? nodeKind.label() : relKind.type();
                    List<String> known = (nodeFile ? nodeKind.properties() : relKind.properties()).keySet().stream()
                            .filter(k -> !k.equals("id")).toList();
                    problems.add(new ImportProblem(fileName, 1, shown, "'" + PropertyType.abbreviate(c.name()) + "' is not a property of "
                            + owner + "; known: " + String.join(", ", known) + " (or mark the column :IGNORE)"));
                }
                if (!(relKind == null && !nodeFile && propertyOfAnyRelationship(c.name()).isPresent())) {
                    continue;
                }
                spec = propertyOfAnyRelationship(c.name());
            }
            String declared = shown.contains(":") ? shown.substring(shown.lastIndexOf(':') + 1) : "";
            PropertyType declaredType = declared.isEmpty() ? null : PropertyType.fromCsvName(declared);
            if (declaredType != null && !compatible(declaredType, spec.get().type())) {
                problems.add(new ImportProblem(fileName, 1, shown, "'" + c.name() + "' is " + spec.get().type().csvName()
                        + " in the model but declared " + declared));
                continue;
            }
            resolved.add(new Column(c.index(), c.name(), Role.PROPERTY, spec.get(), null));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CsvHeader(nodeFile, nodeKind, relKind, List.copyOf(resolved), cells.size()));
    }

    private static Optional<PropertySpec> propertyOfRelationship(RelKind rel, String name) {
        return rel == null ? Optional.empty() : rel.property(name);
    }

    private static Optional<PropertySpec> propertyOfAnyRelationship(String name) {
        for (RelKind k : RelKind.values()) {
            Optional<PropertySpec> p = k.property(name);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private static boolean compatible(PropertyType declared, PropertyType model) {
        return declared == model || declared == PropertyType.STRING || declared == PropertyType.LONG && model == PropertyType.DOUBLE;
    }

    static String stem(String fileName) {
        String n = fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        int dot = n.indexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }
}
