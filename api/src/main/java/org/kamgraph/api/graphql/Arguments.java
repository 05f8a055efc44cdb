package org.kamgraph.api.graphql;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.kamgraph.cypher.BadInputException;

/** Checks of GraphQL arguments, each failing with BAD_REQUEST naming the argument. */
public final class Arguments {
    public static final int MAX_PAGE = 1_000;

    private Arguments() {
    }

    public static int pageSize(Integer first, String argument) {
        int f = first == null ? 20 : first;
        if (f < 1 || f > MAX_PAGE) {
            throw new BadInputException(argument, "must be between 1 and " + MAX_PAGE + ", was " + f);
        }
        return f;
    }

    public static int range(Integer value, int min, int max, String argument) {
        if (value == null || value < min || value > max) {
            throw new BadInputException(argument, "must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    public static String id(String id, String argument) {
        if (id == null || id.isBlank()) {
            throw new BadInputException(argument, "must not be blank");
        }
        if (id.length() > org.kamgraph.model.Validator.MAX_ID_LENGTH) {
            throw new BadInputException(argument, "is longer than " + org.kamgraph.model.Validator.MAX_ID_LENGTH + " characters");
        }
        return id;
    }

    public static LocalDate asOf(LocalDate asOf) {
        return asOf == null ? LocalDate.now() : asOf;
    }

    public static String cursor(long offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset just after a cursor, or 0 without one. */
    public static long after(String cursor, String argument) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (s.startsWith("o:")) {
                long o = Long.parseLong(s.substring(2));
                if (o >= 0 && o < Integer.MAX_VALUE) {
                    return o + 1;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new BadInputException(argument, "is not a cursor returned by this API");
    }
}
