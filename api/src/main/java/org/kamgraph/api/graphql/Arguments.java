package org.kamgraph.api.graphql;

import java.time.LocalDate;
import org.kamgraph.cypher.BadInputException;

/**
 * Checks of GraphQL arguments, each failing with BAD_REQUEST naming the argument. Paging arguments (first, after)
 * are checked by {@link org.kamgraph.analytics.paging.Cursors}.
 */
public final class Arguments {
    private Arguments() {
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
}
