package org.kamgraph.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The value types a node or relationship property may have, with their parsing from text (CSV cells,
 * GraphQL string inputs). Java representations: String, Long, Double, Boolean, LocalDate.
 */
public enum PropertyType {
    STRING("string"),
    LONG("long"),
    DOUBLE("double"),
    BOOLEAN("boolean"),
    DATE("date");

    private final String csvName;

    PropertyType(String csvName) {
        this.csvName = csvName;
    }

    /** The name used in a neo4j-admin style CSV header, e.g. {@code amount:double}. */
    public String csvName() {
        return csvName;
    }

    /**
     * Maps a neo4j-admin header type ({@code int}, {@code long}, {@code float}, {@code double}, {@code boolean},
     * {@code date}, {@code string}) to a property type; {@code null} if unknown.
     */
    public static PropertyType fromCsvName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "string", "str" -> STRING;
            case "int", "long", "short", "byte" -> LONG;
            case "float", "double" -> DOUBLE;
            case "boolean", "bool" -> BOOLEAN;
            case "date" -> DATE;
            default -> null;
        };
    }

    /**
     * Parses text into this type.
     *
     * @throws IllegalArgumentException with a message fit for a user (what was expected, what was found)
     */
    public Object parse(String text) {
        String t = text.strip();
        try {
            return switch (this) {
                case STRING -> text;
                case LONG -> parseLong(t);
                case DOUBLE -> parseDouble(t);
                case BOOLEAN -> parseBoolean(t);
                case DATE -> parseDate(t);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected " + article() + " but found '" + abbreviate(text) + "'");
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected a date as YYYY-MM-DD but found '" + abbreviate(text) + "'");
        }
    }

    /** Converts an already typed value (from GraphQL or a driver record) into this type's Java representation. */
    public Object coerce(Object value) {
        if (value == null) {
            return null;
        }
        return switch (this) {
            case STRING -> value instanceof String ? value : fail(value);
            case LONG -> value instanceof Long || value instanceof Integer ? (Object) ((Number) value).longValue()
                    : value instanceof Number n && isWholeLong(n.doubleValue()) ? (Object) n.longValue()
                    : value instanceof String s ? parse(s) : fail(value);
            case DOUBLE -> value instanceof Number n && Double.isFinite(n.doubleValue()) ? (Object) n.doubleValue()
                    : value instanceof String s ? parse(s) : fail(value);
            case BOOLEAN -> value instanceof Boolean ? value : value instanceof String s ? parse(s) : fail(value);
            case DATE -> value instanceof LocalDate ? value : value instanceof String s ? parse(s) : fail(value);
        };
    }

    private Object fail(Object value) {
        throw new IllegalArgumentException("expected " + article() + " but found '" + abbreviate(String.valueOf(value)) + "'");
    }

    /** Plain decimal notation only: no Java suffixes (5d, 1f), hex floats or non-ASCII digits. */
    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("[+-]?[0-9]+");

    private static double parseDouble(String t) {
        if (!DECIMAL.matcher(t).matches()) {
            throw new NumberFormatException(t);
        }
        return checkFinite(Double.parseDouble(t));
    }

    private static long parseLong(String t) {
        if (!INTEGER.matcher(t).matches()) {
            throw new NumberFormatException(t);
        }
        return Long.parseLong(t);
    }

    /** ISO dates; the common YYYY-MM-DD form is parsed by hand, as the formatter is slow on millions of rows. */
    private static LocalDate parseDate(String t) {
        if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
            int y = digits(t, 0, 4);
            int m = digits(t, 5, 7);
            int d = digits(t, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                try {
                    return LocalDate.of(y, m, d);
                } catch (java.time.DateTimeException e) {
                    throw new DateTimeParseException(e.getMessage(), t, 0);
                }
            }
        }
        return LocalDate.parse(t);
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean isWholeLong(double d) {
        return Double.isFinite(d) && d == Math.rint(d) && d >= -0x1p63 && d < 0x1p63;
    }

    private static double checkFinite(double d) {
        if (!Double.isFinite(d)) {
            throw new NumberFormatException("not finite");
        }
        return d;
    }

    private static Boolean parseBoolean(String t) {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> Boolean.TRUE;
            case "false", "no", "n", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("expected true or false but found '" + abbreviate(t) + "'");
        };
    }

    private String article() {
        return switch (this) {
            case STRING -> "a string";
            case LONG -> "a whole number";
            case DOUBLE -> "a number";
            case BOOLEAN -> "true or false";
            case DATE -> "a date as YYYY-MM-DD";
        };
    }

    /** Keeps error messages short when a hostile or broken cell is megabytes long. */
    public static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
