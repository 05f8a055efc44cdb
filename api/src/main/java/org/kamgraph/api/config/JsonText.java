package org.kamgraph.api.config;

/** A JSON string literal of any text (quotes, backslashes and control characters escaped), for bodies written by hand. */
public final class JsonText {
    private JsonText() {
    }

    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        append(sb, s);
        return sb.toString();
    }

    public static void append(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /**
     * A GraphQL-style error body, {@code {"errors":[{"message":…,"extensions":{…}}]}}, for answers given before
     * GraphQL runs (authentication, request limits); extension values are text or numbers.
     */
    public static String errorBody(String message, java.util.Map<String, ?> extensions) {
        StringBuilder sb = new StringBuilder("{\"errors\":[{\"message\":");
        append(sb, message);
        sb.append(",\"extensions\":{");
        boolean first = true;
        for (var e : extensions.entrySet()) {
            sb.append(first ? "" : ",");
            append(sb, e.getKey());
            sb.append(':');
            if (e.getValue() instanceof Number n) {
                sb.append(n);
            } else {
                append(sb, String.valueOf(e.getValue()));
            }
            first = false;
        }
        return sb.append("}}]}").toString();
    }
}
