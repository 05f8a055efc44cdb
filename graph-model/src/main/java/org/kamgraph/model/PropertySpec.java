package org.kamgraph.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One property a node or relationship kind may carry: its type, whether it is required, and the values it
 * may take (a numeric range or an enumeration).
 */
public record PropertySpec(String name, PropertyType type, boolean required, Double min, Double max,
                           List<String> allowedValues, String description) {

    /** Longest string property accepted; protects the store and the API from megabyte-long cells. */
    public static final int MAX_STRING_LENGTH = 4_000;

    public PropertySpec {
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
    }

    public static PropertySpec required(String name, PropertyType type, String description) {
        return new PropertySpec(name, type, true, null, null, null, description);
    }

    public static PropertySpec optional(String name, PropertyType type, String description) {
        return new PropertySpec(name, type, false, null, null, null, description);
    }

    public PropertySpec range(double min, double max) {
        return new PropertySpec(name, type, required, min, max, allowedValues, description);
    }

    public PropertySpec oneOf(String... values) {
        return new PropertySpec(name, type, required, min, max, List.of(values), description);
    }

    /**
     * Checks an already typed value; returns the problem, if any, in words for the user.
     * Enumerated string values are compared case-insensitively and must be normalised with {@link #normalise}.
     */
    public Optional<String> check(Object value) {
        if (value instanceof String s) {
            if (s.length() > MAX_STRING_LENGTH) {
                return Optional.of("is " + s.length() + " characters long; at most " + MAX_STRING_LENGTH + " are allowed");
            }
            if (!allowedValues.isEmpty() && !allowedValues.contains(s)) {
                return Optional.of("'" + PropertyType.abbreviate(s) + "' is not one of " + allowedValues);
            }
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return Optional.of("is not a finite number");
            }
            if ((min != null && d < min) || (max != null && d > max)) {
                return Optional.of(n + " is outside the range " + format(min) + ".." + format(max));
            }
        }
        return Optional.empty();
    }

    /** Lower-cases enumerated values so that {@code Decider} and {@code decider} are the same role. */
    public Object normalise(Object value) {
        if (value instanceof String s && !allowedValues.isEmpty()) {
            String lower = s.strip().toLowerCase(Locale.ROOT);
            return allowedValues.contains(lower) ? lower : s;
        }
        return value;
    }

    private static String format(Double d) {
        return d == null ? "" : d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
    }
}
