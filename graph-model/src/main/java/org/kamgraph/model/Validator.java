package org.kamgraph.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks nodes and relationships against the model: known properties of the right type and range, required
 * ones present, sane ids, validity dates in order, NPIs with a correct check digit, and legal endpoints.
 * Values are the typed Java representations of {@link PropertyType}.
 */
public final class Validator {
    /** Longest id accepted. */
    public static final int MAX_ID_LENGTH = 200;

    private Validator() {
    }

    public static List<Violation> validateNode(NodeKind kind, Map<String, ?> properties) {
        List<Violation> violations = new ArrayList<>();
        checkProperties(kind.properties(), kind.properties()::get, kind.label(), properties, violations);
        Object id = properties.get("id");
        if (id instanceof String s) {
            idProblem(s).ifPresent(p -> violations.add(new Violation("id", p)));
        }
        Object name = properties.get("name");
        if (name instanceof String s && s.isBlank()) {
            violations.add(new Violation("name", "is blank"));
        }
        Object npi = properties.get("npi");
        if (npi instanceof String s && !Npi.isValid(s)) {
            violations.add(new Violation("npi", "'" + PropertyType.abbreviate(s) + "' is not a valid NPI (10 digits with a Luhn check digit)"));
        }
        checkDates(properties, violations);
        return violations;
    }

    public static List<Violation> validateRelationship(RelKind rel, NodeKind from, NodeKind to, Map<String, ?> properties) {
        List<Violation> violations = new ArrayList<>();
        if (!rel.allows(from, to)) {
            violations.add(new Violation(null, illegal(rel, from, to)));
        }
        checkProperties(rel.properties(), n -> rel.property(n).orElse(null), rel.type(), properties, violations);
        checkDates(properties, violations);
        checkProductAmounts(rel, properties, violations);
        return violations;
    }

    /** The message for an illegal (from, rel, to) combination, listing what is allowed. */
    public static String illegal(RelKind rel, NodeKind from, NodeKind to) {
        StringBuilder sb = new StringBuilder(rel.type()).append(" may not join ").append(from.label())
                .append(" to ").append(to.label()).append("; allowed: ");
        List<String> joins = rel.joins().stream()
                .map(j -> labels(j.from()) + " -> " + labels(j.to())).toList();
        return sb.append(String.join("; ", joins)).toString();
    }

    /** Why an id is unusable, if it is. */
    public static java.util.Optional<String> idProblem(String id) {
        if (id.isBlank()) {
            return java.util.Optional.of("is blank");
        }
        if (id.length() > MAX_ID_LENGTH) {
            return java.util.Optional.of("is " + id.length() + " characters long; at most " + MAX_ID_LENGTH + " are allowed");
        }
        for (int i = 0; i < id.length(); i++) {
            if (Character.isISOControl(id.charAt(i))) {
                return java.util.Optional.of("contains control characters");
            }
        }
        if (!id.equals(id.strip())) {
            return java.util.Optional.of("has leading or trailing white space");
        }
        return java.util.Optional.empty();
    }

    private static void checkProperties(Map<String, PropertySpec> specs, java.util.function.Function<String, PropertySpec> lookup,
                                        String owner, Map<String, ?> properties, List<Violation> violations) {
        for (Map.Entry<String, ?> e : properties.entrySet()) {
            PropertySpec spec = lookup.apply(e.getKey());
            if (spec == null) {
                violations.add(new Violation(e.getKey(), "is not a property of " + owner + "; known: " + String.join(", ", specs.keySet())));
                continue;
            }
            Object value = e.getValue();
            if (value == null) {
                continue;
            }
            if (!hasType(value, spec.type())) {
                violations.add(new Violation(e.getKey(), "expected " + spec.type().csvName() + " but found "
                        + value.getClass().getSimpleName()));
                continue;
            }
            spec.check(value).ifPresent(p -> violations.add(new Violation(e.getKey(), p)));
        }
        for (PropertySpec spec : specs.values()) {
            if (spec.required() && properties.get(spec.name()) == null) {
                violations.add(new Violation(spec.name(), "is required for " + owner));
            }
        }
    }

    /** A money relationship's per-product amounts are parts of its amount: they may not add up to more. */
    private static void checkProductAmounts(RelKind rel, Map<String, ?> properties, List<Violation> violations) {
        if (!(properties.get("amount") instanceof Number total)) {
            return;
        }
        double sum = 0;
        String last = null;
        for (Map.Entry<String, ?> e : properties.entrySet()) {
            if (rel.isProductAmount(e.getKey()) && e.getValue() instanceof Number n) {
                sum += n.doubleValue();
                last = e.getKey();
            }
        }
        // Amounts are rounded to cents by most sources: allow a cent per product of slack.
        if (last != null && sum > total.doubleValue() * (1 + 1e-9) + 0.01 * properties.size()) {
            violations.add(new Violation(last, "per-product amounts add up to " + sum + ", more than amount "
                    + total.doubleValue()));
        }
    }

    private static void checkDates(Map<String, ?> properties, List<Violation> violations) {
        if (properties.get("validFrom") instanceof LocalDate from && properties.get("validTo") instanceof LocalDate to
                && to.isBefore(from)) {
            violations.add(new Violation("validTo", to + " is before validFrom " + from));
        }
    }

    private static boolean hasType(Object value, PropertyType type) {
        return switch (type) {
            case STRING -> value instanceof String;
            case LONG -> value instanceof Long || value instanceof Integer;
            case DOUBLE -> value instanceof Double || value instanceof Float;
            case BOOLEAN -> value instanceof Boolean;
            case DATE -> value instanceof LocalDate;
        };
    }

    private static String labels(java.util.Set<NodeKind> kinds) {
        List<String> l = kinds.stream().map(NodeKind::label).toList();
        return l.size() == 1 ? l.getFirst() : "(" + String.join("|", l) + ")";
    }
}
