package org.kamgraph.api.graphql;

import java.time.LocalDate;
import org.kamgraph.analytics.paging.Cursors;
import org.kamgraph.cypher.BadInputException;

/**
 * Checks of GraphQL arguments, each failing with BAD_REQUEST naming the argument. The paging ones are the rules of
 * {@link Cursors} (analytics), named here for the controllers.
 */
public final class Arguments {
    public static final int MAX_PAGE = Cursors.MAX_PAGE;

    private Arguments() {
    }

    public static int pageSize(Integer first, String argument) {
        return Cursors.pageSize(first, argument);
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
        return Cursors.cursor(offset);
    }

    /** The offset just after a cursor, or 0 without one. */
    public static long after(String cursor, String argument) {
        return Cursors.after(cursor, argument);
    }
}
